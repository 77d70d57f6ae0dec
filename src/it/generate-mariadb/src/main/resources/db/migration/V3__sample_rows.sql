INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com'), ('Linus', 'linus@example.com');
INSERT INTO profiles (user_id, bio) VALUES (1, 'First programmer.');
INSERT INTO posts (title, content, user_id, published) VALUES ('Notes', 'On the Analytical Engine', 1, TRUE);
INSERT INTO roles (name) VALUES ('admin'), ('author');
INSERT INTO users_roles (user_id, role_id, assigned_at) VALUES (1, 1, TIMESTAMP '2026-01-01 09:00:00');
