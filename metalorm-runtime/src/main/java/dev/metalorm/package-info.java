/**
 * MetalORM's runtime: build one {@link dev.metalorm.MetalOrm} per application from a DataSource
 * and entity classes or {@code defineTable} tables, then open a {@link dev.metalorm.Session} per
 * unit of work. See the module's README for the entity shape and the session's rules.
 */
package dev.metalorm;
