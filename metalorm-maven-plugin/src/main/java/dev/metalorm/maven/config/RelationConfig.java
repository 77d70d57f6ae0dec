package dev.metalorm.maven.config;

/**
 * Pom binding of one {@code <relation>} override: names for the relations that come from one
 * foreign key.
 *
 * <pre>{@code
 * <relation>
 *   <table>messages</table>
 *   <foreignKey>sender_id</foreignKey>
 *   <name>sender</name>
 *   <inverseName>sentMessages</inverseName>
 * </relation>
 * <relation>
 *   <table>wp_posts</table>
 *   <foreignKey>post_author</foreignKey>
 *   <references>wp_users</references>   <!-- a key the database does not declare -->
 * </relation>
 * <relation>
 *   <table>wp_links</table>
 *   <foreignKey>link_owner</foreignKey>
 *   <inferred>reject</inferred>         <!-- or accept: the suggestion on these columns -->
 * </relation>
 * }</pre>
 */
public final class RelationConfig {
    /** The table that owns the foreign key (the child, or the junction). */
    private String table;
    /** The constraint name, or the key's columns joined with ",". */
    private String foreignKey;
    /** The belongsTo field on {@link #table}. */
    private String name;
    /** The hasMany/hasOne field on the referenced table. */
    private String inverseName;
    /** When {@link #table} is a junction: the belongsToMany field on the table this key refers to. */
    private String manyToManyName;
    /**
     * Adds a relation the database does not declare: the table {@link #foreignKey}'s columns refer to,
     * {@code users} (its primary key) or {@code users(id)}.
     */
    private String references;
    /** {@code accept} or {@code reject} the relation suggested on these columns ({@code metalorm.inferRelations}). */
    private String inferred;

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getForeignKey() {
        return foreignKey;
    }

    public void setForeignKey(String foreignKey) {
        this.foreignKey = foreignKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInverseName() {
        return inverseName;
    }

    public void setInverseName(String inverseName) {
        this.inverseName = inverseName;
    }

    public String getManyToManyName() {
        return manyToManyName;
    }

    public void setManyToManyName(String manyToManyName) {
        this.manyToManyName = manyToManyName;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public String getInferred() {
        return inferred;
    }

    public void setInferred(String inferred) {
        this.inferred = inferred;
    }
}
