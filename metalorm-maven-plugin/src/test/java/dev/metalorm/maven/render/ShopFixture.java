package dev.metalorm.maven.render;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.Reason;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.PropertyModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The users / posts / profiles / roles / users_roles schema, its inference and its names, built by
 * hand as the stages before render would produce them. Shared by render, report and pipeline tests.
 */
public final class ShopFixture {
    public static final String PACKAGE = "com.acme.model";

    private ShopFixture() {
    }

    public static ColumnSnapshot col(String name, int ordinal, int jdbcType, String nativeType, int size, boolean nullable,
                                     boolean autoIncrement, String comment) {
        return new ColumnSnapshot(name, ordinal, jdbcType, nativeType, size, 0, nullable, null, autoIncrement, comment);
    }

    public static ForeignKeySnapshot fk(String name, String column, String table, String referenced) {
        return new ForeignKeySnapshot(name, List.of(column), table, List.of(referenced), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE);
    }

    public static SchemaSnapshot snapshot() {
        TableSnapshot users = new TableSnapshot("users", TableKind.TABLE, "People who can sign in.",
                List.of(col("id", 1, Types.BIGINT, "bigint", 19, false, true, ""),
                        col("email", 2, Types.VARCHAR, "varchar", 255, false, false, "Login e-mail, unique & case-insensitive."),
                        col("display_name", 3, Types.VARCHAR, "varchar", 100, true, false, ""),
                        col("active", 4, Types.BOOLEAN, "boolean", 1, false, false, ""),
                        col("created_at", 5, Types.TIMESTAMP, "timestamp", 26, false, false, "When the account was created.")),
                new PrimaryKeySnapshot("pk_users", List.of("id")), List.of(),
                List.of(new UniqueKeySnapshot("uq_users_email", List.of("email"), false)));
        TableSnapshot posts = new TableSnapshot("posts", TableKind.TABLE, "",
                List.of(col("id", 1, Types.BIGINT, "bigint", 19, false, true, ""),
                        col("user_id", 2, Types.BIGINT, "bigint", 19, false, false, "The author."),
                        col("title", 3, Types.VARCHAR, "varchar", 200, false, false, ""),
                        col("body", 4, Types.CLOB, "text", 0, true, false, ""),
                        col("published_at", 5, Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz", 35, true, false, "")),
                new PrimaryKeySnapshot("pk_posts", List.of("id")), List.of(fk("fk_posts_user", "user_id", "users", "id")), List.of());
        TableSnapshot profiles = new TableSnapshot("profiles", TableKind.TABLE, "",
                List.of(col("id", 1, Types.BIGINT, "bigint", 19, false, true, ""),
                        col("user_id", 2, Types.BIGINT, "bigint", 19, false, false, ""),
                        col("bio", 3, Types.CLOB, "text", 0, true, false, "")),
                new PrimaryKeySnapshot("pk_profiles", List.of("id")), List.of(fk("fk_profiles_user", "user_id", "users", "id")),
                List.of(new UniqueKeySnapshot("uq_profiles_user", List.of("user_id"), false)));
        TableSnapshot roles = new TableSnapshot("roles", TableKind.TABLE, "",
                List.of(col("id", 1, Types.INTEGER, "int", 10, false, true, ""),
                        col("name", 2, Types.VARCHAR, "varchar", 50, false, false, "")),
                new PrimaryKeySnapshot("pk_roles", List.of("id")), List.of(),
                List.of(new UniqueKeySnapshot("uq_roles_name", List.of("name"), false)));
        TableSnapshot usersRoles = new TableSnapshot("users_roles", TableKind.TABLE, "",
                List.of(col("user_id", 1, Types.BIGINT, "bigint", 19, false, false, ""),
                        col("role_id", 2, Types.INTEGER, "int", 10, false, false, ""),
                        col("assigned_at", 3, Types.TIMESTAMP, "timestamp", 26, true, false, "")),
                new PrimaryKeySnapshot("pk_users_roles", List.of("user_id", "role_id")),
                List.of(fk("fk_users_roles_role", "role_id", "roles", "id"), fk("fk_users_roles_user", "user_id", "users", "id")),
                List.of());
        return new SchemaSnapshot("H2", "2.3.232", "PUBLIC", List.of(posts, profiles, roles, users, usersRoles));
    }

    public static InferenceResult inference() {
        List<TableClassification> tables = List.of(
                entity("posts"), entity("profiles"), entity("roles"), entity("users"),
                new TableClassification("users_roles", true, new Reason("junction",
                        "primary key (user_id, role_id) is exactly FK fk_users_roles_user (user_id) and FK fk_users_roles_role (role_id)")));
        List<Relation> relations = new ArrayList<>(List.of(
                belongsTo("posts", "users", "fk_posts_user", "user_id"),
                belongsTo("profiles", "users", "fk_profiles_user", "user_id"),
                belongsTo("users_roles", "roles", "fk_users_roles_role", "role_id"),
                belongsTo("users_roles", "users", "fk_users_roles_user", "user_id"),
                inverse(RelationKind.HAS_MANY, "users", "posts", "fk_posts_user", "user_id",
                        new Reason("has-many", "FK fk_posts_user (user_id) of posts is not unique")),
                inverse(RelationKind.HAS_ONE, "users", "profiles", "fk_profiles_user", "user_id",
                        new Reason("has-one-unique-fk", "FK fk_profiles_user (user_id) equals unique key uq_profiles_user")),
                manyToMany("users", "roles", "fk_users_roles_user", "fk_users_roles_role", "user_id", "role_id"),
                manyToMany("roles", "users", "fk_users_roles_role", "fk_users_roles_user", "role_id", "user_id")));
        relations.sort(Comparator.comparing(Relation::table).thenComparing(Relation::key));
        return new InferenceResult(tables, relations, List.of(Diagnostic.info("table users_roles", "treated as a junction")));
    }

    private static TableClassification entity(String table) {
        return new TableClassification(table, false, new Reason("entity", "not a junction: no primary key made of two foreign keys"));
    }

    private static Relation belongsTo(String table, String target, String fk, String column) {
        return new Relation(RelationKind.BELONGS_TO, table, target, fk, null, List.of(column), List.of(), List.of("id"),
                null, List.of(), List.of(), new Reason("belongs-to", "FK " + fk + " (" + column + ") refers to " + target + " (id)"));
    }

    private static Relation inverse(RelationKind kind, String table, String target, String fk, String column, Reason reason) {
        return new Relation(kind, table, target, fk, null, List.of(column), List.of("id"), List.of(), null, List.of(), List.of(), reason);
    }

    private static Relation manyToMany(String table, String target, String fkToRoot, String fkToTarget, String rootColumn, String targetColumn) {
        return new Relation(RelationKind.BELONGS_TO_MANY, table, target, fkToRoot, fkToTarget, List.of(), List.of("id"), List.of("id"),
                "users_roles", List.of(rootColumn), List.of(targetColumn),
                new Reason("junction", "users_roles joins users and roles through " + fkToRoot + " and " + fkToTarget));
    }

    /** The names the naming stage would give, by hand. */
    public static NamedModel named() {
        SchemaSnapshot snapshot = snapshot();
        InferenceResult inference = inference();
        List<EntityModel> entities = new ArrayList<>();
        String[][] classes = {{"posts", "Post"}, {"profiles", "Profile"}, {"roles", "Role"}, {"users", "User"}, {"users_roles", "UserRole"}};
        for (String[] c : classes) {
            TableSnapshot table = snapshot.table(c[0]).orElseThrow();
            TableClassification classification = inference.tables().stream().filter(t -> t.table().equals(c[0])).findFirst().orElseThrow();
            List<PropertyModel> properties = new ArrayList<>();
            for (ColumnSnapshot column : table.columns()) {
                String field = camel(column.name());
                boolean id = table.primaryKey().columns().contains(column.name());
                properties.add(new PropertyModel(column, field, "get" + upper(field), "set" + upper(field), id,
                        id && column.autoIncrement(), null));
            }
            List<RelationProperty> relations = new ArrayList<>();
            for (Relation r : inference.relations()) {
                if (!r.table().equals(c[0])) {
                    continue;
                }
                String target = className(classes, r.targetTable());
                String field = switch (r.kind()) {
                    case BELONGS_TO -> camel(r.foreignKey().get(0).replace("_id", ""));
                    case HAS_ONE -> lower(target);
                    case HAS_MANY, BELONGS_TO_MANY -> r.targetTable();
                };
                relations.add(new RelationProperty(r, field, "get" + upper(field), target,
                        r.pivotTable() == null ? null : className(classes, r.pivotTable())));
            }
            relations.sort(Comparator.comparing(RelationProperty::fieldName));
            entities.add(new EntityModel(table, classification, c[1], properties, relations));
        }
        return new NamedModel(PACKAGE, entities, List.of());
    }

    /** {@link #named()} with the generation gap: every entity gets its base class {@code <Class>Base}. */
    public static NamedModel namedWithGap() {
        NamedModel model = named();
        return new NamedModel(model.packageName(), model.entities().stream()
                .map(e -> new EntityModel(e.table(), e.classification(), e.className(), e.className() + "Base", e.properties(), e.relations()))
                .toList(), model.diagnostics());
    }

    private static String className(String[][] classes, String table) {
        for (String[] c : classes) {
            if (c[0].equals(table)) {
                return c[1];
            }
        }
        throw new IllegalArgumentException(table);
    }

    static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : name.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }

    static String upper(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String lower(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
