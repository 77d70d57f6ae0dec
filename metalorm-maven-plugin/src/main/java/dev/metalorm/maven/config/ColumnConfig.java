package dev.metalorm.maven.config;

/** Pom binding of one {@code <column>} inside a {@code <table>} override. */
public final class ColumnConfig {
    /** The column's name as the database spells it. */
    private String name;
    /** The field name instead of the naming rule's. */
    private String field;
    /** A fully-qualified Java type (e.g. {@code java.time.Instant}) or {@code byte[]} instead of the default mapping. */
    private String javaType;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getJavaType() {
        return javaType;
    }

    public void setJavaType(String javaType) {
        this.javaType = javaType;
    }
}
