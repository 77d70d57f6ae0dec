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
 *   <li>Fields ({@code ColumnNamer}): camelCase; the column of a FK whose relation takes the column's
 *       name gets {@code Id} ({@code area → areaId}); clashing columns numbered with a warning.</li>
 *   <li>Relations ({@code RelationNamer}, all relation rules in its class comment): belongsTo by FK
 *       role ({@code author_id → author}, {@code area → area}, {@code uid → user}), hasMany plural /
 *       hasOne singular of the child ({@code posts}, {@code profile}), belongsToMany plural of the
 *       target ({@code roles}); only relations that clash are lengthened (belongsTo, then hasMany/hasOne
 *       keep the name): {@code messagesBySender}, {@code friends}/{@code friendsOf}, a junction's role
 *       ({@code suggestedUris}, {@code blockedPeople}, {@code members}), then {@code Via<Pivot>};
 *       {@code Ref} suffix against a (non-FK) column field; any clash left is an error naming both
 *       members and the override to set, every one of them reported.</li>
 *   <li>Java safety ({@code JavaIdentifiers}), one rule: keyword member → a readable word
 *       ({@code private → isPrivate}, {@code class → className}, {@code default → defaultValue});
 *       {@code java.lang}/annotation/runtime/imported type name → suffix {@code Entity}
 *       ({@code SessionEntity}); leading number spelled out ({@code TwoFaCode}). Accessors are
 *       {@code get}/{@code set} + the capitalised field, never {@code getClass}.</li>
 *   <li>Overrides ({@code className}, {@code fieldName}, {@code javaType}, relation {@code name},
 *       {@code inverseName}, {@code manyToManyName}) win; one that is unusable or clashes is an error.</li>
 *   <li>Lock ({@code NameLock}, the file {@code metalorm.lock}): after overrides, the names of an earlier
 *       run win over the rules. Locked column and relation names are reserved before any rule name is
 *       chosen; a rule name that a locked member holds takes its longer form, then a number, so a new
 *       column, FK or junction never renames an old member. Keys use columns, not constraint names.
 *       A locked name that is no longer usable falls back to the rule with a warning.</li>
 *   <li>Generation gap: every class {@code X} also reserves {@code XBase}, its generated superclass; a
 *       table whose rule name is another's base name is named last and yields ({@code UserBase2}).</li>
 * </ul>
 */
package dev.metalorm.maven.naming;
