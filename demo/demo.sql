-- The MetalORM example schema: users, posts, profiles, roles and the users_roles junction.
CREATE TABLE users (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(255) NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_users_email UNIQUE (email)
);
COMMENT ON TABLE users IS 'People who sign in.';
COMMENT ON COLUMN users.email IS 'Unique sign-in address.';

CREATE TABLE profiles (
  id INT AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL,
  bio VARCHAR(1000),
  CONSTRAINT uq_profiles_user UNIQUE (user_id),
  CONSTRAINT fk_profiles_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE posts (
  id INT AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  content CLOB,
  user_id INT NOT NULL,
  published BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE roles (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  CONSTRAINT uq_roles_name UNIQUE (name)
);

CREATE TABLE users_roles (
  user_id INT NOT NULL,
  role_id INT NOT NULL,
  assigned_at TIMESTAMP,
  CONSTRAINT pk_users_roles PRIMARY KEY (user_id, role_id),
  CONSTRAINT fk_users_roles_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_users_roles_role FOREIGN KEY (role_id) REFERENCES roles (id)
);

INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com'), ('Linus', 'linus@example.com');
INSERT INTO profiles (user_id, bio) VALUES (1, 'First programmer.');
INSERT INTO posts (title, content, user_id, published) VALUES ('Notes', 'On the Analytical Engine', 1, TRUE);
INSERT INTO roles (name) VALUES ('admin'), ('author');
INSERT INTO users_roles (user_id, role_id, assigned_at) VALUES (1, 1, TIMESTAMP '2026-01-01 09:00:00');
