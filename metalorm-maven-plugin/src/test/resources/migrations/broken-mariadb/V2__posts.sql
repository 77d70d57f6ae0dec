-- the second migration fails at its second statement

CREATE TABLE tags (id INT PRIMARY KEY);

CREATE TABLE posts (
  id INT AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL,
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES no_such_table (id)
) ENGINE=InnoDB;
