-- issue 13 / issue 16 item 13: every naming case, asserted by verify.groovy
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
CREATE TABLE people (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
-- two self-referencing junctions with the same column names
CREATE TABLE friendships (
  person_id INT NOT NULL,
  related_person_id INT NOT NULL,
  PRIMARY KEY (person_id, related_person_id),
  CONSTRAINT fk_friendships_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_friendships_related FOREIGN KEY (related_person_id) REFERENCES people (id)
);
CREATE TABLE blocks (
  person_id INT NOT NULL,
  related_person_id INT NOT NULL,
  PRIMARY KEY (person_id, related_person_id),
  CONSTRAINT fk_blocks_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_blocks_related FOREIGN KEY (related_person_id) REFERENCES people (id)
);
-- three junctions between the same two tables
CREATE TABLE item_uris (
  id SERIAL PRIMARY KEY,
  uri VARCHAR(500) NOT NULL
);
CREATE TABLE user_uris (
  user_id INT NOT NULL,
  uri_id INT NOT NULL,
  PRIMARY KEY (user_id, uri_id),
  CONSTRAINT fk_user_uris_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_user_uris_uri FOREIGN KEY (uri_id) REFERENCES item_uris (id)
);
CREATE TABLE uri_suggestions (
  user_id INT NOT NULL,
  uri_id INT NOT NULL,
  PRIMARY KEY (user_id, uri_id),
  CONSTRAINT fk_uri_suggestions_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_uri_suggestions_uri FOREIGN KEY (uri_id) REFERENCES item_uris (id)
);
CREATE TABLE notifications (
  uid INT NOT NULL,
  uri_id INT NOT NULL,
  PRIMARY KEY (uid, uri_id),
  CONSTRAINT fk_notifications_user FOREIGN KEY (uid) REFERENCES users (id),
  CONSTRAINT fk_notifications_uri FOREIGN KEY (uri_id) REFERENCES item_uris (id)
);
-- FK columns without _id, abbreviated ones
CREATE TABLE area (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
CREATE TABLE artist (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  area INT,
  CONSTRAINT fk_artist_area FOREIGN KEY (area) REFERENCES area (id)
);
CREATE TABLE issues (
  id SERIAL PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  resolved_by INT,
  editor INT,
  assigned_uid INT,
  parent INT,
  CONSTRAINT fk_issues_resolved_by FOREIGN KEY (resolved_by) REFERENCES users (id),
  CONSTRAINT fk_issues_editor FOREIGN KEY (editor) REFERENCES users (id),
  CONSTRAINT fk_issues_assigned FOREIGN KEY (assigned_uid) REFERENCES users (id),
  CONSTRAINT fk_issues_parent FOREIGN KEY (parent) REFERENCES issues (id)
);
-- two FKs without _id to tables whose singulars collide
CREATE TABLE tag (
  id SERIAL PRIMARY KEY
);
CREATE TABLE tags (
  id SERIAL PRIMARY KEY
);
CREATE TABLE labels (
  id SERIAL PRIMARY KEY,
  a INT,
  b INT,
  CONSTRAINT fk_labels_a FOREIGN KEY (a) REFERENCES tag (id),
  CONSTRAINT fk_labels_b FOREIGN KEY (b) REFERENCES tags (id)
);
-- the same FK declared twice, and a junction beside the plain FK
CREATE TABLE posts (
  id SERIAL PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  user_id INT NOT NULL,
  CONSTRAINT fk_a FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_b FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE post_likes (
  user_id INT NOT NULL,
  post_id INT NOT NULL,
  PRIMARY KEY (user_id, post_id),
  CONSTRAINT fk_post_likes_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_post_likes_post FOREIGN KEY (post_id) REFERENCES posts (id)
);
-- keywords, a keyword role, a leading digit, runtime type names
CREATE TABLE items (
  id SERIAL PRIMARY KEY,
  "private" BOOLEAN NOT NULL DEFAULT FALSE,
  "class" VARCHAR(50),
  "default" VARCHAR(50)
);
CREATE TABLE moves (
  id SERIAL PRIMARY KEY,
  old_id INT,
  new_id INT,
  CONSTRAINT fk_moves_old FOREIGN KEY (old_id) REFERENCES items (id),
  CONSTRAINT fk_moves_new FOREIGN KEY (new_id) REFERENCES items (id)
);
CREATE TABLE "2fa_codes" (
  id SERIAL PRIMARY KEY,
  code VARCHAR(10) NOT NULL
);
CREATE TABLE sessions (
  id SERIAL PRIMARY KEY,
  user_id INT,
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE pages (
  id SERIAL PRIMARY KEY,
  title VARCHAR(200)
);
-- a workflow engine's prefixes (stripTablePrefix in the pom)
CREATE TABLE ACT_RU_EXECUTION (
  ID_ VARCHAR(64) NOT NULL PRIMARY KEY,
  PARENT_ID_ VARCHAR(64),
  CONSTRAINT ACT_FK_EXE_PARENT FOREIGN KEY (PARENT_ID_) REFERENCES ACT_RU_EXECUTION (ID_)
);
CREATE TABLE ACT_RU_TASK (
  ID_ VARCHAR(64) NOT NULL PRIMARY KEY,
  EXECUTION_ID_ VARCHAR(64),
  CONSTRAINT ACT_FK_TASK_EXE FOREIGN KEY (EXECUTION_ID_) REFERENCES ACT_RU_EXECUTION (ID_)
);
CREATE TABLE ACT_HI_TASKINST (
  ID_ VARCHAR(64) NOT NULL PRIMARY KEY
);
