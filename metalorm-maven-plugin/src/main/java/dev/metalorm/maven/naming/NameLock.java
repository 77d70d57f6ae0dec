package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.ConfigException;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The names {@code metalorm:reverse} chose, kept in {@code metalorm.lock} next to the pom so that a
 * schema change never renames what already had a name. One line per decision, sorted, so a schema
 * change shows up as a few added and removed lines in a diff:
 *
 * <pre>
 * column messages.sender_id = senderId : int(10) not null
 * relation messages(sender_id)->users = sender : belongsTo users
 * relation users&lt;-messages(sender_id) = messages : hasMany messages
 * relation users&lt;-users_roles(user_id)->roles(role_id) = roles : belongsToMany roles
 * inferred wp_posts(post_author)->wp_users(ID) = 0.70
 * table users = User
 * userclass users = com/acme/model/User.java 3f7a…(sha256)
 * </pre>
 *
 * Keys never use constraint names: a column is {@code table.column}; a belongsTo is the owner, its
 * FK columns and the target; a hasMany/hasOne the owner, the child and the child's FK columns; a
 * belongsToMany the owner, the pivot with its two FKs' columns and the target. Values: the Java
 * name, and for drift the column's type signature or the relation's kind and target. A
 * {@code userclass} line records the hash of the user class as it was created (generation gap), so
 * that it can be removed with its dropped table only while nobody changed it. An {@code inferred} line
 * records a relation the schema does not declare that a run accepted ({@code metalorm.inferRelations}), with
 * its confidence then: later runs keep it even when the rules would now choose otherwise.
 *
 * <p>Database names are written as they are, except that {@code %}, white space, control characters
 * and {@code = . ( ) , < > : #} become {@code %XX} (UTF-8 hex). Lines starting with {@code #} are
 * comments. Deleting a line lets the rule choose that name again; deleting the file gives the
 * names a first run gives.
 */
public final class NameLock {
    /** No lock: every name comes from the rules. */
    public static final NameLock EMPTY = new NameLock(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    static final String HEADER = """
            # metalorm.lock: the class, field and relation names metalorm:reverse chose. Commit this file.
            # Regeneration keeps these names; delete a line (or the file) to let the naming rules choose again.
            # See README, "Regenerating after a schema change".
            """;

    /** A column's field and type signature. */
    public record ColumnLock(String table, String column, String field, String type) {
        public ColumnLock {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A relation's field.
     *
     * @param owner the table whose entity has the field
     * @param key see {@link #relationKey(Relation)}
     * @param field the field name
     * @param kind {@code belongsTo}, {@code hasMany}, {@code hasOne} or {@code belongsToMany}
     * @param target the target table
     */
    public record RelationLock(String owner, String key, String field, String kind, String target) {
        public RelationLock {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
        }
    }

    /** The user class created for a table (generation gap): its path under the source root and the SHA-256 of its content then. */
    public record UserClassLock(String table, String path, String sha256) {
        public UserClassLock {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * A relation the schema does not declare, accepted by an earlier run.
     *
     * @param owner the table whose columns refer to the target
     * @param columns its columns
     * @param target the referenced table
     * @param targetColumns the referenced columns
     * @param confidence the confidence it was accepted with, as written ("0.70")
     */
    public record InferredKeyLock(String owner, List<String> columns, String target, List<String> targetColumns, String confidence) {
        public InferredKeyLock {
            Objects.requireNonNull(owner, "owner");
            columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
            Objects.requireNonNull(target, "target");
            targetColumns = List.copyOf(Objects.requireNonNull(targetColumns, "targetColumns"));
            Objects.requireNonNull(confidence, "confidence");
        }

        /** The line's key: {@code wp_posts(post_author)->wp_users(ID)}. */
        public String key() {
            return escape(owner) + "(" + NameLock.columns(columns) + ")->" + escape(target) + "(" + NameLock.columns(targetColumns) + ")";
        }
    }

    private final SortedMap<String, String> classes;
    private final SortedMap<String, ColumnLock> columns;
    private final SortedMap<String, RelationLock> relations;
    private final SortedMap<String, UserClassLock> userClasses;
    private final SortedMap<String, InferredKeyLock> inferredKeys;

    private NameLock(SortedMap<String, String> classes, SortedMap<String, ColumnLock> columns,
                     SortedMap<String, RelationLock> relations, SortedMap<String, UserClassLock> userClasses,
                     SortedMap<String, InferredKeyLock> inferredKeys) {
        this.classes = Collections.unmodifiableSortedMap(classes);
        this.columns = Collections.unmodifiableSortedMap(columns);
        this.relations = Collections.unmodifiableSortedMap(relations);
        this.userClasses = Collections.unmodifiableSortedMap(userClasses);
        this.inferredKeys = Collections.unmodifiableSortedMap(inferredKeys);
    }

    /** Key ({@link InferredKeyLock#key()}) → a relation the schema does not declare that an earlier run accepted. */
    public SortedMap<String, InferredKeyLock> inferredKeys() {
        return inferredKeys;
    }

    /** This lock with {@code keys} as its inferred keys (any it had replaced). */
    public NameLock withInferredKeys(List<InferredKeyLock> keys) {
        Builder b = copy();
        b.inferredKeys.clear();
        keys.forEach(k -> b.inferredKeys.put(k.key(), k));
        return b.build();
    }

    private Builder copy() {
        Builder b = new Builder();
        b.classes.putAll(classes);
        b.columns.putAll(columns);
        b.relations.putAll(relations);
        b.userClasses.putAll(userClasses);
        b.inferredKeys.putAll(inferredKeys);
        return b;
    }

    /** Table name → class name. */
    public SortedMap<String, String> classes() {
        return classes;
    }

    /** {@code table.column} key (escaped) → column lock. */
    public SortedMap<String, ColumnLock> columns() {
        return columns;
    }

    /** Relation key → relation lock. */
    public SortedMap<String, RelationLock> relations() {
        return relations;
    }

    /** Table name → user class. */
    public SortedMap<String, UserClassLock> userClasses() {
        return userClasses;
    }

    public boolean isEmpty() {
        return classes.isEmpty() && columns.isEmpty() && relations.isEmpty() && userClasses.isEmpty() && inferredKeys.isEmpty();
    }

    String className(String table) {
        return classes.get(table);
    }

    String field(String table, String column) {
        ColumnLock c = columns.get(columnKey(table, column));
        return c == null ? null : c.field();
    }

    /** The locked field of a relation, or null when there is none or it was locked for another kind. */
    String field(Relation relation) {
        RelationLock r = relations.get(relationKey(relation));
        return r == null || !r.kind().equals(kindName(relation.kind())) ? null : r.field();
    }

    /**
     * The names a naming run chose, as a lock.
     *
     * @param model the named model
     * @param userClasses the user classes of the model's tables (generation gap), empty otherwise
     */
    public static NameLock of(NamedModel model, List<UserClassLock> userClasses) {
        Builder b = new Builder();
        for (EntityModel e : model.entities()) {
            String table = e.table().name();
            b.classes.put(table, e.className());
            for (PropertyModel p : e.properties()) {
                b.columns.put(columnKey(table, p.column().name()),
                        new ColumnLock(table, p.column().name(), p.fieldName(), typeSignature(p.column(), p.id())));
            }
            for (RelationProperty r : e.relations()) {
                String key = relationKey(r.relation());
                b.relations.put(key, new RelationLock(table, key, r.fieldName(), kindName(r.relation().kind()), r.relation().targetTable()));
            }
        }
        userClasses.forEach(u -> b.userClasses.put(u.table(), u));
        return b.build();
    }

    /**
     * This lock, plus the entries of {@code previous} whose table is out of scope (not accepted by
     * the current includes/excludes), relations whose other side is out of scope included: narrowing
     * the tables for one run forgets no names.
     */
    public NameLock keepingOutOfScope(NameLock previous, Predicate<String> inScope) {
        Builder b = new Builder();
        previous.classes.forEach((t, c) -> {
            if (!inScope.test(t)) {
                b.classes.put(t, c);
            }
        });
        previous.columns.forEach((k, c) -> {
            if (!inScope.test(c.table())) {
                b.columns.put(k, c);
            }
        });
        previous.relations.forEach((k, r) -> {
            if (!inScope.test(r.owner()) || !inScope.test(r.target())) {
                b.relations.put(k, r);
            }
        });
        previous.userClasses.forEach((t, u) -> {
            if (!inScope.test(t)) {
                b.userClasses.put(t, u);
            }
        });
        previous.inferredKeys.forEach((k, i) -> {
            if (!inScope.test(i.owner()) || !inScope.test(i.target())) {
                b.inferredKeys.put(k, i);
            }
        });
        b.classes.putAll(classes);
        b.columns.putAll(columns);
        b.relations.putAll(relations);
        b.userClasses.putAll(userClasses);
        b.inferredKeys.putAll(inferredKeys);
        return b.build();
    }

    /** The file's text: the comment header, then one sorted line per entry; {@code \n} line endings. */
    public String format() {
        List<String> lines = new ArrayList<>();
        classes.forEach((t, c) -> lines.add("table " + escape(t) + " = " + c));
        columns.forEach((k, c) -> lines.add("column " + k + " = " + c.field() + " : " + c.type()));
        relations.forEach((k, r) -> lines.add("relation " + k + " = " + r.field() + " : " + r.kind() + " " + escape(r.target())));
        userClasses.forEach((t, u) -> lines.add("userclass " + escape(t) + " = " + u.path() + " " + u.sha256()));
        inferredKeys.forEach((k, i) -> lines.add("inferred " + k + " = " + i.confidence()));
        Collections.sort(lines);
        StringBuilder sb = new StringBuilder(HEADER);
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /**
     * Reads a lock file's text.
     *
     * @param source what to call it in errors, e.g. the file's path
     * @throws ConfigException naming the line that is not understood
     */
    public static NameLock parse(String text, String source) {
        Builder b = new Builder();
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                parseLine(line, b);
            } catch (RuntimeException e) {
                throw new ConfigException(source + " line " + (i + 1) + " is not understood (" + e.getMessage() + "): \"" + line
                        + "\". Fix the line or delete it (its name is then chosen again), or set metalorm.lockFile to another file.");
            }
        }
        return b.build();
    }

    private static void parseLine(String line, Builder b) {
        int space = line.indexOf(' ');
        int eq = line.indexOf(" = ");
        if (space < 0 || eq < space) {
            throw new IllegalArgumentException("expected <kind> <key> = <value>");
        }
        String kind = line.substring(0, space);
        String key = line.substring(space + 1, eq).strip();
        String value = line.substring(eq + 3).strip();
        switch (kind) {
            case "table" -> b.classes.put(unescape(key), identifier(value));
            case "column" -> {
                int dot = key.indexOf('.');
                String[] v = value.split(" : ", 2);
                if (dot < 0 || v.length != 2) {
                    throw new IllegalArgumentException("expected column <table>.<column> = <field> : <type>");
                }
                String table = unescape(key.substring(0, dot));
                String column = unescape(key.substring(dot + 1));
                b.columns.put(columnKey(table, column), new ColumnLock(table, column, identifier(v[0].strip()), v[1].strip()));
            }
            case "relation" -> {
                String[] v = value.split(" : ", 2);
                String[] kindAndTarget = v.length == 2 ? v[1].strip().split(" ") : new String[0];
                int ownerEnd = indexOfAny(key, "(<");
                if (kindAndTarget.length != 2 || ownerEnd <= 0) {
                    throw new IllegalArgumentException("expected relation <key> = <field> : <kind> <target>");
                }
                kindOf(kindAndTarget[0]);
                b.relations.put(key, new RelationLock(unescape(key.substring(0, ownerEnd)), key, identifier(v[0].strip()),
                        kindAndTarget[0], unescape(kindAndTarget[1])));
            }
            case "userclass" -> {
                String[] v = value.split(" ");
                if (v.length != 2 || !v[1].matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("expected userclass <table> = <path> <sha256>");
                }
                String table = unescape(key);
                b.userClasses.put(table, new UserClassLock(table, v[0], v[1]));
            }
            case "inferred" -> {
                java.util.regex.Matcher m = INFERRED_KEY.matcher(key);
                if (!m.matches() || !value.matches("[01]\\.[0-9]{2}")) {
                    throw new IllegalArgumentException("expected inferred <table>(<columns>)-><table>(<columns>) = <confidence>");
                }
                InferredKeyLock lock = new InferredKeyLock(unescape(m.group(1)), unescapeAll(m.group(2)), unescape(m.group(3)),
                        unescapeAll(m.group(4)), value);
                b.inferredKeys.put(lock.key(), lock);
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind + "; expected table, column, relation, userclass or inferred");
        }
    }

    private static final java.util.regex.Pattern INFERRED_KEY = java.util.regex.Pattern.compile("([^()<>]+)\\(([^()]+)\\)->([^()<>]+)\\(([^()]+)\\)");

    private static List<String> unescapeAll(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(NameLock::unescape).toList();
    }

    private static String identifier(String name) {
        if (!JavaIdentifiers.isIdentifier(name)) {
            throw new IllegalArgumentException(name + " is not a Java identifier");
        }
        return name;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The key of a column's line: escaped table and column joined by '.'. */
    public static String columnKey(String table, String column) {
        return escape(table) + "." + escape(column);
    }

    /** A relation's key, independent of constraint names; see the class comment. */
    public static String relationKey(Relation r) {
        return switch (r.kind()) {
            case BELONGS_TO -> escape(r.table()) + "(" + columns(r.foreignKey()) + ")->" + escape(r.targetTable());
            case HAS_MANY, HAS_ONE -> escape(r.table()) + "<-" + escape(r.targetTable()) + "(" + columns(r.foreignKey()) + ")";
            case BELONGS_TO_MANY -> escape(r.table()) + "<-" + escape(r.pivotTable()) + "(" + columns(r.pivotForeignKeyToRoot()) + ")->"
                    + escape(r.targetTable()) + "(" + columns(r.pivotForeignKeyToTarget()) + ")";
        };
    }

    /** {@code belongsTo}, {@code hasMany}, {@code hasOne}, {@code belongsToMany}: the annotation's name. */
    public static String kindName(RelationKind kind) {
        return switch (kind) {
            case BELONGS_TO -> "belongsTo";
            case HAS_MANY -> "hasMany";
            case HAS_ONE -> "hasOne";
            case BELONGS_TO_MANY -> "belongsToMany";
        };
    }

    private static RelationKind kindOf(String name) {
        for (RelationKind k : RelationKind.values()) {
            if (kindName(k).equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown relation kind " + name);
    }

    /**
     * What drift compares for a column: native type with size and scale, then {@code not null},
     * {@code auto}, {@code pk} when they apply ({@code varchar(255) not null}, {@code int(10) not null auto pk}).
     */
    public static String typeSignature(ColumnSnapshot c, boolean primaryKey) {
        // the type ends the line, so spaces (H2's "character varying") stay readable
        StringBuilder sb = new StringBuilder(c.nativeType().toLowerCase(Locale.ROOT).replaceAll("[\\p{Cntrl}]", "?"));
        if (c.size() > 0) {
            sb.append('(').append(c.size());
            if (c.scale() > 0) {
                sb.append(',').append(c.scale());
            }
            sb.append(')');
        }
        if (!c.nullable()) {
            sb.append(" not null");
        }
        if (c.autoIncrement()) {
            sb.append(" auto");
        }
        if (primaryKey) {
            sb.append(" pk");
        }
        return sb.toString();
    }

    private static String columns(List<String> columns) {
        return String.join(",", columns.stream().map(NameLock::escape).toList());
    }

    static String escape(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (cp == '%' || Character.isWhitespace(cp) || Character.isISOControl(cp) || "=.(),<>:#".indexOf(cp) >= 0) {
                for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int cp = text.codePointAt(i);
                byte[] bytes = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class Builder {
        final SortedMap<String, String> classes = new TreeMap<>();
        final SortedMap<String, ColumnLock> columns = new TreeMap<>();
        final SortedMap<String, RelationLock> relations = new TreeMap<>();
        final SortedMap<String, UserClassLock> userClasses = new TreeMap<>();
        final SortedMap<String, InferredKeyLock> inferredKeys = new TreeMap<>();

        NameLock build() {
            return new NameLock(classes, columns, relations, userClasses, inferredKeys);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameLock other && format().equals(other.format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
