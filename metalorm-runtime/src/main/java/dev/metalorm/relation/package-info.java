/**
 * The four relation wrappers. The session puts live implementations into an entity's relation
 * fields when the entity is persisted or loaded; reading one before it is loaded throws
 * {@link dev.metalorm.RelationNotLoadedException}, and {@code load()} is batched across the session.
 *
 * <p>A new object can use its relations before it is persisted: {@code unattached()} on each
 * interface makes a wrapper that keeps what is added, attached or set
 * ({@code new Post().getAuthor().set(user)}, {@code new User().getPosts().add(post)}), and
 * persisting the object replays that into the session's wrapper. Generated entities create them in
 * their getters on first access.
 */
package dev.metalorm.relation;
