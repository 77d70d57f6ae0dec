/**
 * The four relation wrappers. The session puts live implementations into an entity's relation
 * fields when the entity is persisted or loaded; reading one before it is loaded throws
 * {@link dev.metalorm.RelationNotLoadedException}, and {@code load()} is batched across the session.
 */
package dev.metalorm.relation;
