/**
 * The naming stage: {@link dev.metalorm.maven.naming.EntityNamer#name} decides every identifier of
 * the generated sources; render invents none. No I/O, logging or clock; the same input gives the
 * same {@link dev.metalorm.maven.naming.NamedModel} whatever the order of its lists.
 *
 * <ul>
 *   <li>Words ({@code Words}): database names split into lower-case ASCII words; all-upper-case names
 *       (H2) lower-cased first; camelCase boundaries kept; accents transliterated.</li>
 *   <li>Classes ({@code ClassNamer}): singular PascalCase; last word singularised, or every word when
 *       each is a table's name ({@code users_roles → UserRole}); case-insensitive uniqueness, clashes
 *       resolved by rule with a warning ({@code user → User}, {@code users → Users}, then numbers).</li>
 *   <li>Inflection ({@code Inflector}): our own singular/plural with uncountables and irregulars.</li>
 *   <li>Fields ({@code ColumnNamer}): camelCase; clashing columns numbered with a warning.</li>
 *   <li>Relations ({@code RelationNamer}): belongsTo by FK role ({@code author_id → author}), hasMany
 *       plural / hasOne singular of the child ({@code posts}, {@code profile}), belongsToMany plural
 *       of the target ({@code roles}); role-qualified when ambiguous ({@code messagesBySender},
 *       {@code employeesByManager}, {@code friends}/{@code friendsOf}, {@code projectsViaProjectWatcher});
 *       {@code Ref} suffix against a column field; any clash left is an error naming both members.</li>
 *   <li>Java safety ({@code JavaIdentifiers}), one rule: keyword-like member → trailing {@code _};
 *       {@code java.lang}/runtime/imported type name → suffix {@code Entity}; leading digit → leading
 *       {@code _}. Accessors are {@code get}/{@code set} + the capitalised field, never {@code getClass}.</li>
 *   <li>Overrides ({@code className}, {@code fieldName}, {@code javaType}, relation {@code name},
 *       {@code inverseName}, {@code manyToManyName}) win; one that is unusable or clashes is an error.</li>
 * </ul>
 */
package dev.metalorm.maven.naming;
