package dev.metalorm.maven.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Pom binding of one {@code <table>} override; Maven fills the fields, {@link ReverseConfig.Builder}
 * validates them into a {@link TableOverride}.
 *
 * <pre>{@code
 * <table>
 *   <name>users</name>
 *   <className>Account</className>
 *   <junction>deny</junction>
 *   <columns><column><name>created</name><field>createdAt</field><javaType>java.time.Instant</javaType></column></columns>
 * </table>
 * }</pre>
 */
public final class TableConfig {
    /** The table's name as the database spells it. */
    private String name;
    /** The entity class name instead of the naming rule's. */
    private String className;
    /** {@code force}, {@code deny} or {@code infer} (the default). */
    private String junction;
    /** Per-column choices. */
    private List<ColumnConfig> columns = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getJunction() {
        return junction;
    }

    public void setJunction(String junction) {
        this.junction = junction;
    }

    public List<ColumnConfig> getColumns() {
        return columns;
    }

    public void setColumns(List<ColumnConfig> columns) {
        this.columns = columns;
    }
}
