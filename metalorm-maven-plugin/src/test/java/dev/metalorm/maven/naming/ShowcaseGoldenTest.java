package dev.metalorm.maven.naming;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.fixture.DescribeModel;
import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.sql.Types;
import org.junit.jupiter.api.Test;

/** Infer and name on one schema with every case, compared with a reviewed golden file. */
class ShowcaseGoldenTest {

    static SchemaSnapshot showcase() {
        return schema()
                .table("users", t -> t.pk("id").col("email").unique("email"))
                .table("posts", t -> t.pk("id").col("title").fk("author_id", "users"))
                .table("profiles", t -> t.pk("id").fk("user_id", "users").unique("user_id").col("bio"))
                .table("roles", t -> t.pk("id").col("name"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles")
                        .col("assigned_at", Types.TIMESTAMP, "timestamp"))
                .table("products", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").fk("user_id", "users").fk("product_id", "products").col("quantity", Types.INTEGER, "integer"))
                .table("groups", t -> t.pk("id"))
                .table("memberships", t -> t.pk("id").fk("user_id", "users").fk("group_id", "groups").uniqueIndex("user_id,group_id"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users"))
                .table("employees", t -> t.pk("id").fk("manager_id", "employees").fk("user_id", "users").uniqueIndex("user_id"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .table("audit_log", t -> t.fk("user_id", "users").fk("customer_id", "customers", "id").col("action"))
                .build();
    }

    @Test
    void showcase_explained() {
        SchemaSnapshot s = showcase();
        InferenceResult inference = RelationInferrer.infer(s, Overrides.NONE);
        NamedModel model = EntityNamer.name(s, inference, Overrides.NONE, "com.example.model");
        StringBuilder text = new StringBuilder(DescribeModel.explain(model)).append("infer diagnostics:\n");
        inference.diagnostics().forEach(d -> text.append("  ").append(d).append('\n'));
        Golden.assertMatches("naming/showcase.txt", text.toString());
    }
}
