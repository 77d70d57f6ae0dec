package dev.metalorm.maven.infer;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.JunctionChoice;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.fixture.Describe;
import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationInferrerTest {

    /** The blog schema of the MetalORM docs: users, posts, profiles, roles and users_roles with a payload. */
    static SchemaSnapshot blog() {
        return schema()
                .table("users", t -> t.pk("id").col("email"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users"))
                .table("profiles", t -> t.pk("id").fk("user_id", "users").unique("user_id").col("bio"))
                .table("roles", t -> t.pk("id").col("name"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles")
                        .col("assigned_at", Types.TIMESTAMP, "timestamp"))
                .build();
    }

    static Overrides junction(String table, JunctionChoice choice) {
        return new Overrides(List.of(new TableOverride(table, null, choice, List.of())), List.of());
    }

    @Test
    void blogSchemaGivesEveryRelationWithItsRule() {
        InferenceResult result = RelationInferrer.infer(blog(), Overrides.NONE);

        assertThat(Describe.relations(result)).containsExactly(
                "posts belongsTo users (user_id) -> (id) [belongs-to]",
                "profiles belongsTo users (user_id) -> (id) [belongs-to]",
                "roles belongsToMany users via users_roles (role_id) (user_id) [belongs-to-many]",
                "roles hasMany users_roles (role_id) -> (id) [has-many]",
                "users belongsToMany roles via users_roles (user_id) (role_id) [belongs-to-many]",
                "users hasMany posts (user_id) -> (id) [has-many]",
                "users hasMany users_roles (user_id) -> (id) [has-many]",
                "users hasOne profiles (user_id) -> (id) [has-one-unique-fk]",
                "users_roles belongsTo roles (role_id) -> (id) [belongs-to]",
                "users_roles belongsTo users (user_id) -> (id) [belongs-to]");
        assertThat(result.relations()).extracting(r -> r.reason().toString()).containsExactly(
                "belongs-to: FK fk_posts_user_id (user_id) -> users (id)",
                "belongs-to: FK fk_profiles_user_id (user_id) -> users (id)",
                "belongs-to-many: junction users_roles: FK fk_users_roles_role_id (role_id) -> roles (id) to the owner, "
                        + "FK fk_users_roles_user_id (user_id) -> users (id) to the target",
                "has-many: FK users_roles.fk_users_roles_role_id (role_id) is neither the primary key nor a unique key of users_roles",
                "belongs-to-many: junction users_roles: FK fk_users_roles_user_id (user_id) -> users (id) to the owner, "
                        + "FK fk_users_roles_role_id (role_id) -> roles (id) to the target",
                "has-many: FK posts.fk_posts_user_id (user_id) is neither the primary key nor a unique key of posts",
                "has-many: FK users_roles.fk_users_roles_user_id (user_id) is neither the primary key nor a unique key of users_roles",
                "has-one-unique-fk: FK profiles.fk_profiles_user_id (user_id) equals unique key uq_profiles_user_id",
                "belongs-to: FK fk_users_roles_role_id (role_id) -> roles (id)",
                "belongs-to: FK fk_users_roles_user_id (user_id) -> users (id)");
        assertThat(result.tables()).extracting(c -> c.table() + " " + c.junction() + " " + c.reason()).containsExactly(
                "posts false not-junction: 1 foreign key, a junction has exactly two",
                "profiles false not-junction: 1 foreign key, a junction has exactly two",
                "roles false not-junction: 0 foreign keys, a junction has exactly two",
                "users false not-junction: 0 foreign keys, a junction has exactly two",
                "users_roles true junction: two FKs fk_users_roles_role_id (role_id) -> roles (id) and "
                        + "fk_users_roles_user_id (user_id) -> users (id); their columns (role_id, user_id) equal primary key pk_users_roles; "
                        + "payload (assigned_at)");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void relationListsFollowTheJavadocOfEachKind() {
        InferenceResult result = RelationInferrer.infer(blog(), Overrides.NONE);
        Relation m2m = result.relations().stream()
                .filter(r -> r.kind() == RelationKind.BELONGS_TO_MANY && r.table().equals("users")).findFirst().orElseThrow();
        assertThat(m2m.pivotTable()).isEqualTo("users_roles");
        assertThat(m2m.foreignKeyName()).isEqualTo("fk_users_roles_user_id");
        assertThat(m2m.targetForeignKeyName()).isEqualTo("fk_users_roles_role_id");
        assertThat(m2m.foreignKey()).isEmpty();
        assertThat(m2m.localKey()).containsExactly("id");
        assertThat(m2m.targetKey()).containsExactly("id");
        assertThat(m2m.key()).isEqualTo("users:belongs_to_many:users_roles.fk_users_roles_user_id>fk_users_roles_role_id");

        Relation hasMany = result.relations().stream()
                .filter(r -> r.kind() == RelationKind.HAS_MANY && r.targetTable().equals("posts")).findFirst().orElseThrow();
        assertThat(hasMany.foreignKey()).containsExactly("user_id");
        assertThat(hasMany.localKey()).containsExactly("id");
        assertThat(hasMany.targetKey()).isEmpty();
        assertThat(hasMany.targetForeignKeyName()).isNull();
        assertThat(hasMany.key()).isEqualTo("users:has_many:posts.fk_posts_user_id");
    }

    @Test
    void hasOneWhenTheForeignKeyIsTheChildsPrimaryKey() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("admins", t -> t.pk("user_id").fk("user_id", "users").col("level"))
                .build();
        assertThat(Describe.relations(RelationInferrer.infer(s, Overrides.NONE))).containsExactly(
                "admins belongsTo users (user_id) -> (id) [belongs-to]",
                "users hasOne admins (user_id) -> (id) [has-one-primary-key]");
        assertThat(RelationInferrer.infer(s, Overrides.NONE).relations().get(1).reason().facts())
                .isEqualTo("FK admins.fk_admins_user_id (user_id) equals primary key pk_admins");
    }

    @Test
    void hasOneViaUniqueIndexAndCompositeUniqueKeyComparedAsSet() {
        SchemaSnapshot s = schema()
                .table("stores", t -> t.pk("id").fk("manager_staff_id", "staff").uniqueIndex("manager_staff_id"))
                .table("staff", t -> t.pk("id"))
                .table("tenants", t -> t.pk("tenant_id,code"))
                .table("settings", t -> t.pk("id").fk("code,tenant_id", "tenants", "code,tenant_id").unique("tenant_id,code"))
                .build();
        List<Relation> relations = RelationInferrer.infer(s, Overrides.NONE).relations();
        assertThat(relations).extracting(Describe::relation).containsExactly(
                "settings belongsTo tenants (code, tenant_id) -> (code, tenant_id) [belongs-to]",
                "staff hasOne stores (manager_staff_id) -> (id) [has-one-unique-fk]",
                "stores belongsTo staff (manager_staff_id) -> (id) [belongs-to]",
                "tenants hasOne settings (code, tenant_id) -> (code, tenant_id) [has-one-unique-fk]");
        assertThat(relations.get(1).reason().facts())
                .isEqualTo("FK stores.fk_stores_manager_staff_id (manager_staff_id) equals unique index ux_stores_manager_staff_id");
    }

    @Test
    void twoForeignKeysWithoutAMatchingKeyIsNotAJunction() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("products", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").fk("user_id", "users").fk("product_id", "products").col("quantity", Types.INTEGER, "integer"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.tables()).filteredOn(c -> c.table().equals("orders")).singleElement().satisfies(c -> {
            assertThat(c.junction()).isFalse();
            assertThat(c.reason().toString()).isEqualTo("not-junction: two FKs fk_orders_product_id (product_id) -> products (id) and "
                    + "fk_orders_user_id (user_id) -> users (id); their columns (product_id, user_id) are neither the primary key nor a unique key");
        });
        assertThat(result.relations()).noneMatch(r -> r.kind() == RelationKind.BELONGS_TO_MANY);
        assertThat(Describe.relations(result)).containsExactly(
                "orders belongsTo products (product_id) -> (id) [belongs-to]",
                "orders belongsTo users (user_id) -> (id) [belongs-to]",
                "products hasMany orders (product_id) -> (id) [has-many]",
                "users hasMany orders (user_id) -> (id) [has-many]");
    }

    @Test
    void junctionViaUniqueIndexWithOwnSurrogateKey() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("groups", t -> t.pk("id"))
                .table("memberships", t -> t.pk("id").fk("user_id", "users").fk("group_id", "groups").uniqueIndex("group_id,user_id").col("joined_at"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.tables()).filteredOn(TableClassification::junction).singleElement()
                .satisfies(c -> assertThat(c.reason().facts()).endsWith("equal unique index ux_memberships_group_id_user_id; payload (id, joined_at)"));
        assertThat(Describe.relations(result)).contains(
                "groups belongsToMany users via memberships (group_id) (user_id) [belongs-to-many]",
                "users belongsToMany groups via memberships (user_id) (group_id) [belongs-to-many]");
    }

    @Test
    void compositeForeignKeysAndCompositePrimaryKeyJunction() {
        SchemaSnapshot s = schema()
                .table("accounts", t -> t.pk("tenant_id,account_no"))
                .table("tags", t -> t.pk("id"))
                .table("account_tags", t -> t.pk("tenant_id,account_no,tag_id")
                        .fk("tenant_id,account_no", "accounts").fk("tag_id", "tags"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(Describe.relations(result)).containsExactly(
                "account_tags belongsTo tags (tag_id) -> (id) [belongs-to]",
                "account_tags belongsTo accounts (tenant_id, account_no) -> (tenant_id, account_no) [belongs-to]",
                "accounts belongsToMany tags via account_tags (tenant_id, account_no) (tag_id) [belongs-to-many]",
                "accounts hasMany account_tags (tenant_id, account_no) -> (tenant_id, account_no) [has-many]",
                "tags belongsToMany accounts via account_tags (tag_id) (tenant_id, account_no) [belongs-to-many]",
                "tags hasMany account_tags (tag_id) -> (id) [has-many]");
        Relation toTags = result.relations().get(2);
        assertThat(toTags.localKey()).containsExactly("tenant_id", "account_no");
        assertThat(toTags.targetKey()).containsExactly("id");
    }

    @Test
    void twoForeignKeysToTheSameParentGiveTwoRelationsEachSide() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users").col("body"))
                .build();
        assertThat(Describe.relations(RelationInferrer.infer(s, Overrides.NONE))).containsExactly(
                "messages belongsTo users (recipient_id) -> (id) [belongs-to]",
                "messages belongsTo users (sender_id) -> (id) [belongs-to]",
                "users hasMany messages (recipient_id) -> (id) [has-many]",
                "users hasMany messages (sender_id) -> (id) [has-many]");
    }

    @Test
    void selfReferenceGivesBothSidesOnOneTable() {
        SchemaSnapshot s = schema().table("employees", t -> t.pk("id").col("name").fk("manager_id", "employees")).build();
        List<Relation> relations = RelationInferrer.infer(s, Overrides.NONE).relations();
        assertThat(relations).extracting(Describe::relation).containsExactly(
                "employees belongsTo employees (manager_id) -> (id) [belongs-to]",
                "employees hasMany employees (manager_id) -> (id) [has-many]");
        assertThat(relations).extracting(Relation::key).doesNotHaveDuplicates();
    }

    @Test
    void selfReferencingJunctionGivesTwoBelongsToManyOnePerDirection() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(Describe.relations(result)).containsExactly(
                "friendships belongsTo users (friend_id) -> (id) [belongs-to]",
                "friendships belongsTo users (user_id) -> (id) [belongs-to]",
                "users belongsToMany users via friendships (friend_id) (user_id) [belongs-to-many]",
                "users belongsToMany users via friendships (user_id) (friend_id) [belongs-to-many]",
                "users hasMany friendships (friend_id) -> (id) [has-many]",
                "users hasMany friendships (user_id) -> (id) [has-many]");
        assertThat(result.relations()).extracting(Relation::key).doesNotHaveDuplicates();
    }

    @Test
    void foreignKeyCycle() {
        SchemaSnapshot s = schema()
                .table("departments", t -> t.pk("id").fk("head_id", "employees"))
                .table("employees", t -> t.pk("id").fk("department_id", "departments"))
                .build();
        assertThat(Describe.relations(RelationInferrer.infer(s, Overrides.NONE))).containsExactly(
                "departments belongsTo employees (head_id) -> (id) [belongs-to]",
                "departments hasMany employees (department_id) -> (id) [has-many]",
                "employees belongsTo departments (department_id) -> (id) [belongs-to]",
                "employees hasMany departments (head_id) -> (id) [has-many]");
    }

    @Test
    void tableWithoutPrimaryKeyButAUniqueNotNullKeyIsIdentifiedByIt() {
        SchemaSnapshot s = schema()
                .table("countries", t -> t.uniqueNamed("uq_countries_iso", "iso", false).col("name"))
                .build();
        assertThat(RelationInferrer.infer(s, Overrides.NONE).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "INFO table countries: has no primary key: its unique key uq_countries_iso (iso, NOT NULL) identifies its rows,"
                        + " so those columns are the entity's @Id.");
    }

    @Test
    void tableWithoutPrimaryKeyIsWarnedAndKeepsItsRelations() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("audit_log", t -> t.fk("user_id", "users").col("action"))
                .view("active_users", t -> t.col("email"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(Describe.relations(result)).containsExactly(
                "audit_log belongsTo users (user_id) -> (id) [belongs-to]",
                "users hasMany audit_log (user_id) -> (id) [has-many]");
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "INFO view active_users: has no primary key: its entity is generated read-only.",
                "WARNING table audit_log: has no primary key: its entity is generated read-only (no @Id; rows cannot be found by id, "
                        + "updated or deleted). Add a primary key (or a unique key of NOT NULL columns) to the table.");
    }

    @Test
    void foreignKeyToAFilteredOutTableGivesNoRelationAndAWarning() {
        SchemaSnapshot s = schema()
                .table("orders", t -> t.pk("id").fk("customer_id", "customers", "id"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.relations()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "WARNING foreign key orders.fk_orders_customer_id: refers to table customers, which is not in the snapshot "
                        + "(left out by the table filters): no relation is generated and (customer_id) stay plain fields. "
                        + "Include customers to get the relation.");
    }

    @Test
    void junctionHalfFilteredOutIsNotAJunction() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles", "id"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.tables()).filteredOn(c -> c.table().equals("users_roles")).singleElement()
                .satisfies(c -> assertThat(c.reason().toString()).isEqualTo("not-junction: two FKs fk_users_roles_role_id (role_id) -> roles (id) and "
                        + "fk_users_roles_user_id (user_id) -> users (id) but roles is not in the snapshot"));
        assertThat(Describe.relations(result)).containsExactly(
                "users hasMany users_roles (user_id) -> (id) [has-many]",
                "users_roles belongsTo users (user_id) -> (id) [belongs-to]");
    }

    @Test
    void denyOverrideKeepsTheTableAPlainEntity() {
        InferenceResult result = RelationInferrer.infer(blog(), junction("users_roles", JunctionChoice.DENY));
        assertThat(result.relations()).noneMatch(r -> r.kind() == RelationKind.BELONGS_TO_MANY);
        assertThat(result.relations()).hasSize(8);
        TableClassification c = result.tables().get(4);
        assertThat(c.junction()).isFalse();
        assertThat(c.reason().rule()).isEqualTo("override");
        assertThat(c.reason().facts()).startsWith("junction DENY override; the rule found two FKs");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void forceOverrideMakesAJunctionOfTwoForeignKeysWithoutKey() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("products", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").fk("user_id", "users").fk("product_id", "products"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, junction("orders", JunctionChoice.FORCE));
        assertThat(result.tables()).filteredOn(c -> c.table().equals("orders")).singleElement()
                .satisfies(c -> assertThat(c.reason().toString()).startsWith("override: junction FORCE override; the rule found two FKs"));
        assertThat(result.relations()).filteredOn(r -> r.kind() == RelationKind.BELONGS_TO_MANY)
                .extracting(r -> r.reason().toString())
                .containsExactly(
                        "belongs-to-many: junction orders (forced by override): FK fk_orders_product_id (product_id) -> products (id) to the owner, "
                                + "FK fk_orders_user_id (user_id) -> users (id) to the target",
                        "belongs-to-many: junction orders (forced by override): FK fk_orders_user_id (user_id) -> users (id) to the owner, "
                                + "FK fk_orders_product_id (product_id) -> products (id) to the target");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void forceOverrideOnATableWithoutTwoForeignKeysIsAnError() {
        InferenceResult result = RelationInferrer.infer(blog(), junction("posts", JunctionChoice.FORCE));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "ERROR table posts: is forced to be a junction by its override but has 1 foreign key; a junction needs exactly two "
                        + "foreign keys to tables in the snapshot. Remove the junction FORCE override of posts.");
        assertThat(result.relations()).hasSize(10);
    }

    @Test
    void forceOverrideOnAJunctionHalfFilteredOutIsAnError() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles", "id"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, junction("users_roles", JunctionChoice.FORCE));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "ERROR table users_roles: is forced to be a junction by its override but refers to roles, which is not in the snapshot; "
                        + "a junction needs exactly two foreign keys to tables in the snapshot. Remove the junction FORCE override of users_roles.",
                "WARNING foreign key users_roles.fk_users_roles_role_id: refers to table roles, which is not in the snapshot (left out by the "
                        + "table filters): no relation is generated and (role_id) stay plain fields. Include roles to get the relation.");
        assertThat(result.relations()).noneMatch(r -> r.kind() == RelationKind.BELONGS_TO_MANY);
    }

    @Test
    void threeForeignKeysIsNotAJunctionEvenWithAMatchingKey() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("roles", t -> t.pk("id"))
                .table("scopes", t -> t.pk("id"))
                .table("grants", t -> t.pk("user_id,role_id,scope_id").fk("user_id", "users").fk("role_id", "roles").fk("scope_id", "scopes"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.tables().get(0).reason().toString()).isEqualTo("not-junction: 3 foreign keys, a junction has exactly two");
        assertThat(result.relations()).noneMatch(r -> r.kind() == RelationKind.BELONGS_TO_MANY);
    }

    @Test
    void multiTenantJunctionWhoseForeignKeysShareAColumn() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("tenant_id,id"))
                .table("roles", t -> t.pk("tenant_id,id"))
                .table("user_roles", t -> t.pk("tenant_id,user_id,role_id")
                        .fk("tenant_id,user_id", "users").fk("tenant_id,role_id", "roles"))
                .build();
        InferenceResult result = RelationInferrer.infer(s, Overrides.NONE);
        assertThat(result.tables()).filteredOn(TableClassification::junction).extracting(TableClassification::table).containsExactly("user_roles");
        assertThat(Describe.relations(result)).contains(
                "users belongsToMany roles via user_roles (tenant_id, user_id) (tenant_id, role_id) [belongs-to-many]");
    }

    @Test
    void relationKeysAreUnique() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .table("employees", t -> t.pk("id").fk("manager_id", "employees").fk("mentor_id", "employees"))
                .build();
        assertThat(RelationInferrer.infer(s, Overrides.NONE).relations()).extracting(Relation::key).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void overrideOfAnUnknownTableIsAWarning() {
        InferenceResult result = RelationInferrer.infer(blog(), junction("user_roles", JunctionChoice.DENY));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "WARNING override of table user_roles: names a table that is not in the snapshot, so it is ignored. "
                        + "Check the table name and the table filters.");
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users"))
                .table("profiles", t -> t.pk("id").fk("user_id", "users").unique("user_id").uniqueIndex("id,user_id"))
                .table("audit", t -> t.fk("user_id", "users"))
                .build();
        InferenceResult expected = RelationInferrer.infer(s, Overrides.NONE);
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(RelationInferrer.infer(SnapshotFixture.shuffled(s, seed), Overrides.NONE)).isEqualTo(expected);
        }
    }
}
