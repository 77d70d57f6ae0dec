-- the part every engine reads alike
CREATE TABLE users (
  id INT PRIMARY KEY,
  email VARCHAR(200) NOT NULL
);
CREATE TABLE posts (
  id INT PRIMARY KEY,
  user_id INT NOT NULL,
  title VARCHAR(200),
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id)
);
