-- Issue 11 end to end: defaults of every kind (DEFAULT 0, a string, CURRENT_TIMESTAMP), computed columns,
-- a version column, a NOT NULL self-reference, a binary primary key with a child, a junction with payload.
CREATE TABLE accounts (
  id INT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(100) NOT NULL,
  balance INT NOT NULL DEFAULT 0,
  status VARCHAR(10) NOT NULL DEFAULT 'active',
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version INT NOT NULL DEFAULT 0,
  email_domain VARCHAR(100) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL,
  balance_cents INT AS (balance * 100) PERSISTENT,
  CONSTRAINT uq_accounts_email UNIQUE (email)
);
-- InnoDB refuses to delete a row that refers to itself through a NOT NULL key unless the key cascades
-- (PostgreSQL checks at the end of the statement and needs no cascade).
CREATE TABLE categories (
  code VARCHAR(10) PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  parent_code VARCHAR(10) NOT NULL,
  CONSTRAINT fk_categories_parent FOREIGN KEY (parent_code) REFERENCES categories (code) ON DELETE CASCADE
);
CREATE TABLE documents (
  hash VARBINARY(16) PRIMARY KEY,
  title VARCHAR(100) NOT NULL,
  account_id INT NOT NULL,
  category_code VARCHAR(10),
  CONSTRAINT fk_documents_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT fk_documents_category FOREIGN KEY (category_code) REFERENCES categories (code)
);
CREATE TABLE document_parts (
  id INT AUTO_INCREMENT PRIMARY KEY,
  document_hash VARBINARY(16) NOT NULL,
  body TEXT,
  position INT NOT NULL DEFAULT 1,
  CONSTRAINT fk_document_parts_document FOREIGN KEY (document_hash) REFERENCES documents (hash)
);
CREATE TABLE memberships (
  account_id INT NOT NULL,
  category_code VARCHAR(10) NOT NULL,
  role VARCHAR(20) NOT NULL DEFAULT 'member',
  joined_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (account_id, category_code),
  CONSTRAINT fk_memberships_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT fk_memberships_category FOREIGN KEY (category_code) REFERENCES categories (code)
);
-- Column types of MySQL/MariaDB (issue 11): a BIGINT UNSIGNED AUTO_INCREMENT key that starts past Long.MAX_VALUE,
-- with a child referring to it (its own key an INT UNSIGNED AUTO_INCREMENT); INT UNSIGNED, SET, BIT(n), YEAR and JSON (MariaDB: LONGTEXT checked by JSON_VALID).
CREATE TABLE tickets (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  account_id INT NOT NULL,
  permissions SET('read','write','admin') NOT NULL DEFAULT 'read',
  views INT UNSIGNED NOT NULL DEFAULT 0,
  flags BIT(12),
  opened YEAR,
  payload JSON,
  CONSTRAINT fk_tickets_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) AUTO_INCREMENT = 18446744073709551600;
CREATE TABLE ticket_notes (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT UNSIGNED NOT NULL,
  body VARCHAR(100) NOT NULL,
  CONSTRAINT fk_ticket_notes_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
);
-- An ENUM column (issue 11 item 5): generated as a Java enum, its labels in the column's order, one not a Java name.
CREATE TABLE incidents (
  id INT AUTO_INCREMENT PRIMARY KEY,
  account_id INT NOT NULL,
  state ENUM('open', 'in progress', 'closed') NOT NULL DEFAULT 'open',
  CONSTRAINT fk_incidents_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
-- No primary key, but a unique key of NOT NULL columns (issue 13): the entity is identified by it.
CREATE TABLE country_codes (
  iso CHAR(2) NOT NULL,
  name VARCHAR(50),
  CONSTRAINT uq_country_codes_iso UNIQUE (iso)
);
