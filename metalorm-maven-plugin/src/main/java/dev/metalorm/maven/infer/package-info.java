/**
 * The infer stage: {@link dev.metalorm.maven.infer.RelationInferrer#infer} turns a
 * {@link dev.metalorm.maven.snapshot.SchemaSnapshot} and the pom's overrides into table
 * classifications and relations, each with the {@link dev.metalorm.maven.infer.Reason} (rule id and
 * facts) that produced it. No I/O, logging or clock; output sorted with explicit comparators.
 *
 * <p>Rule ids:
 * <ul>
 *   <li>{@code belongs-to}: every FK to a table in the snapshot → belongsTo on the FK's table;</li>
 *   <li>{@code has-one-primary-key} / {@code has-one-unique-fk} / {@code has-many}: its inverse on the
 *       referenced table: hasOne when the FK columns, as a set, are exactly the child's primary key or
 *       one of its unique constraints/indexes, else hasMany. A junction's own FKs get inverses too
 *       ({@code User.userRoles} beside {@code User.roles}), so pivot rows and their payload stay
 *       reachable;</li>
 *   <li>{@code junction} / {@code not-junction}: exactly two FKs (possibly to one table), both to
 *       tables in the snapshot, whose combined columns are, as a set, the primary key or a unique
 *       key; other columns are payload; the junction stays an entity;</li>
 *   <li>{@code belongs-to-many}: a junction → belongsToMany on each referenced table (two on the same
 *       table for a self-referencing junction, one per direction);</li>
 *   <li>{@code override}: a junction FORCE (needs exactly two FKs to tables in the snapshot, else an
 *       error) or DENY from the pom.</li>
 * </ul>
 *
 * <p>Diagnostics: no primary key → warning (read-only entity); FK to a table not in the snapshot →
 * warning, no relation, the columns stay plain fields; override of an unknown table → warning;
 * FORCE that cannot apply → error.
 */
package dev.metalorm.maven.infer;
