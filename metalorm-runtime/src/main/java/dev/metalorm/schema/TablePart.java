package dev.metalorm.schema;

/** Something that goes into {@link Schema#defineTable}: a column or a relation. */
public sealed interface TablePart permits ColumnDef, RelationDef {
    /** The column's name, or the relation's name. */
    String name();
}
