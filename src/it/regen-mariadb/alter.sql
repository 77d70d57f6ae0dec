ALTER TABLE users ADD COLUMN nickname VARCHAR(50) NULL;
ALTER TABLE messages ADD COLUMN recipient_id INT NULL;
ALTER TABLE messages ADD CONSTRAINT fk_messages_recipient FOREIGN KEY (recipient_id) REFERENCES users (id);
CREATE TABLE post_likes (
  user_id INT NOT NULL,
  post_id INT NOT NULL,
  PRIMARY KEY (user_id, post_id),
  CONSTRAINT fk_post_likes_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_post_likes_post FOREIGN KEY (post_id) REFERENCES posts (id)
);
DROP TABLE legacy_notes;
