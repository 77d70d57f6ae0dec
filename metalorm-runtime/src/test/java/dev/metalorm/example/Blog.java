package dev.metalorm.example;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.belongsToMany;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.hasOne;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.text;
import static dev.metalorm.schema.Schema.timestamp;
import static dev.metalorm.schema.Schema.varchar;

import dev.metalorm.annotation.Cascade;
import dev.metalorm.schema.TableDefinition;

/** MetalORM's example model in the schema style; USERS refers to POSTS, declared after it. */
public final class Blog {
    private Blog() {
    }

    public static final TableDefinition USERS = defineTable("users",
            serial("id").primaryKey(),
            varchar("email").notNull(),
            timestamp("created_at"),
            hasMany("posts", () -> Blog.POSTS, "user_id").cascade(Cascade.ALL),
            hasOne("profile", () -> Blog.PROFILES, "user_id").cascade(Cascade.ALL),
            belongsToMany("roles", () -> Blog.ROLES, () -> Blog.USERS_ROLES, "user_id", "role_id"));

    public static final TableDefinition POSTS = defineTable("posts",
            serial("id").primaryKey(),
            varchar("title"),
            text("content"),
            integer("user_id").notNull(),
            belongsTo("author", () -> Blog.USERS, "user_id"));

    public static final TableDefinition PROFILES = defineTable("profiles",
            serial("id").primaryKey(),
            integer("user_id").unique(),
            varchar("bio"),
            belongsTo("user", () -> Blog.USERS, "user_id"));

    public static final TableDefinition USERS_ROLES = defineTable("users_roles",
            integer("user_id").primaryKey(),
            integer("role_id").primaryKey(),
            timestamp("assigned_at"),
            belongsTo("user", () -> Blog.USERS, "user_id"),
            belongsTo("role", () -> Blog.ROLES, "role_id"));

    public static final TableDefinition ROLES = defineTable("roles",
            serial("id").primaryKey(),
            varchar("name"),
            belongsToMany("users", () -> Blog.USERS, () -> Blog.USERS_ROLES, "role_id", "user_id"));
}
