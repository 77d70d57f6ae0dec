-- A schema without a single FOREIGN KEY, made like WordPress (wp_*) and Magento (store, customer_entity,
-- catalog_*, sales_*, eav_*): the relations live only in column names, types and indexes.
CREATE TABLE wp_users (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_login varchar(60) NOT NULL DEFAULT '',
  user_email varchar(100) NOT NULL DEFAULT '',
  display_name varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (ID),
  KEY user_login_key (user_login)
) ENGINE=MyISAM;
CREATE TABLE wp_usermeta (
  umeta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (umeta_id),
  KEY user_id (user_id),
  KEY meta_key (meta_key(191))
) ENGINE=MyISAM;
CREATE TABLE wp_posts (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_author bigint(20) unsigned NOT NULL DEFAULT 0,
  post_title text NOT NULL,
  post_status varchar(20) NOT NULL DEFAULT 'publish',
  post_parent bigint(20) unsigned NOT NULL DEFAULT 0,
  guid varchar(255) NOT NULL DEFAULT '',
  post_type varchar(20) NOT NULL DEFAULT 'post',
  PRIMARY KEY (ID),
  KEY type_status_date (post_type, post_status, ID),
  KEY post_parent (post_parent),
  KEY post_author (post_author)
) ENGINE=MyISAM;
CREATE TABLE wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY post_id (post_id)
) ENGINE=MyISAM;
CREATE TABLE wp_comments (
  comment_ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  comment_post_ID bigint(20) unsigned NOT NULL DEFAULT 0,
  comment_author tinytext NOT NULL,
  comment_content text NOT NULL,
  comment_parent bigint(20) unsigned NOT NULL DEFAULT 0,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (comment_ID),
  KEY comment_post_ID (comment_post_ID),
  KEY comment_parent (comment_parent)
) ENGINE=MyISAM;
CREATE TABLE wp_commentmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  comment_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY comment_id (comment_id)
) ENGINE=MyISAM;
CREATE TABLE wp_terms (
  term_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(200) NOT NULL DEFAULT '',
  slug varchar(200) NOT NULL DEFAULT '',
  term_group bigint(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (term_id),
  KEY slug (slug(191))
) ENGINE=MyISAM;
CREATE TABLE wp_term_taxonomy (
  term_taxonomy_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  term_id bigint(20) unsigned NOT NULL DEFAULT 0,
  taxonomy varchar(32) NOT NULL DEFAULT '',
  parent bigint(20) unsigned NOT NULL DEFAULT 0,
  count bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (term_taxonomy_id),
  UNIQUE KEY term_id_taxonomy (term_id, taxonomy),
  KEY taxonomy (taxonomy)
) ENGINE=MyISAM;
CREATE TABLE wp_term_relationships (
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  term_taxonomy_id bigint(20) unsigned NOT NULL DEFAULT 0,
  term_order int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (object_id, term_taxonomy_id),
  KEY term_taxonomy_id (term_taxonomy_id)
) ENGINE=MyISAM;
CREATE TABLE wp_links (
  link_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  link_url varchar(255) NOT NULL DEFAULT '',
  link_owner bigint(20) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (link_id)
) ENGINE=MyISAM;

CREATE TABLE store_website (
  website_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(32) DEFAULT NULL,
  name varchar(64) DEFAULT NULL,
  PRIMARY KEY (website_id),
  UNIQUE KEY store_website_code (code)
) ENGINE=InnoDB;
CREATE TABLE store_group (
  group_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint(5) unsigned NOT NULL DEFAULT 0,
  name varchar(255) NOT NULL,
  PRIMARY KEY (group_id),
  KEY store_group_website_id (website_id)
) ENGINE=InnoDB;
CREATE TABLE store (
  store_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(32) DEFAULT NULL,
  website_id smallint(5) unsigned NOT NULL DEFAULT 0,
  group_id smallint(5) unsigned NOT NULL DEFAULT 0,
  name varchar(255) NOT NULL,
  PRIMARY KEY (store_id),
  UNIQUE KEY store_code (code),
  KEY store_website_id (website_id),
  KEY store_group_id (group_id)
) ENGINE=InnoDB;
CREATE TABLE customer_group (
  customer_group_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  customer_group_code varchar(32) NOT NULL,
  PRIMARY KEY (customer_group_id)
) ENGINE=InnoDB;
CREATE TABLE customer_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint(5) unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint(5) unsigned NOT NULL DEFAULT 0,
  store_id smallint(5) unsigned DEFAULT 0,
  PRIMARY KEY (entity_id),
  UNIQUE KEY customer_entity_email_website_id (email, website_id),
  KEY customer_entity_website_id (website_id),
  KEY customer_entity_store_id (store_id)
) ENGINE=InnoDB;
CREATE TABLE eav_entity_type (
  entity_type_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  entity_type_code varchar(50) NOT NULL,
  PRIMARY KEY (entity_type_id)
) ENGINE=InnoDB;
CREATE TABLE eav_attribute (
  attribute_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint(5) unsigned NOT NULL DEFAULT 0,
  attribute_code varchar(255) NOT NULL,
  PRIMARY KEY (attribute_id),
  UNIQUE KEY eav_attribute_entity_type_id_attribute_code (entity_type_id, attribute_code)
) ENGINE=InnoDB;
CREATE TABLE eav_attribute_set (
  attribute_set_id smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint(5) unsigned NOT NULL DEFAULT 0,
  attribute_set_name varchar(255) DEFAULT NULL,
  PRIMARY KEY (attribute_set_id),
  KEY eav_attribute_set_entity_type_id (entity_type_id)
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  attribute_set_id smallint(5) unsigned NOT NULL DEFAULT 0,
  type_id varchar(32) NOT NULL DEFAULT 'simple',
  sku varchar(64) NOT NULL,
  PRIMARY KEY (entity_id),
  KEY catalog_product_entity_attribute_set_id (attribute_set_id),
  KEY catalog_product_entity_sku (sku)
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity_varchar (
  value_id int(11) NOT NULL AUTO_INCREMENT,
  attribute_id smallint(5) unsigned NOT NULL DEFAULT 0,
  store_id smallint(5) unsigned NOT NULL DEFAULT 0,
  entity_id int(10) unsigned NOT NULL DEFAULT 0,
  value varchar(255) DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY catalog_product_entity_varchar_entity_attribute_store (entity_id, attribute_id, store_id),
  KEY catalog_product_entity_varchar_attribute_id (attribute_id),
  KEY catalog_product_entity_varchar_store_id (store_id)
) ENGINE=InnoDB;
CREATE TABLE catalog_category_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  parent_id int(10) unsigned NOT NULL DEFAULT 0,
  path varchar(255) NOT NULL,
  position int(11) NOT NULL,
  PRIMARY KEY (entity_id),
  KEY catalog_category_entity_path (path)
) ENGINE=InnoDB;
CREATE TABLE catalog_category_product (
  entity_id int(11) NOT NULL AUTO_INCREMENT,
  category_id int(10) unsigned NOT NULL DEFAULT 0,
  product_id int(10) unsigned NOT NULL DEFAULT 0,
  position int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id),
  UNIQUE KEY catalog_category_product_category_id_product_id (category_id, product_id),
  KEY catalog_category_product_product_id (product_id)
) ENGINE=InnoDB;
CREATE TABLE sales_order (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  increment_id varchar(50) DEFAULT NULL,
  customer_id int(10) unsigned DEFAULT NULL,
  store_id smallint(5) unsigned DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  status_id int(10) unsigned DEFAULT NULL,
  external_id int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY sales_order_customer_id (customer_id),
  KEY sales_order_store_id (store_id)
) ENGINE=InnoDB;
CREATE TABLE sales_order_item (
  item_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  order_id int(10) unsigned NOT NULL DEFAULT 0,
  parent_item_id int(10) unsigned DEFAULT NULL,
  product_id int(10) unsigned DEFAULT NULL,
  store_id smallint(5) unsigned DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  PRIMARY KEY (item_id),
  KEY sales_order_item_order_id (order_id),
  KEY sales_order_item_store_id (store_id)
) ENGINE=InnoDB;
