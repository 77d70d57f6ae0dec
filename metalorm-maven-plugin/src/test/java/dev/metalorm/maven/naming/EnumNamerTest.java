package dev.metalorm.maven.naming;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.ColumnOverride;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnumNamerTest {

    private static NamedModel name(SchemaSnapshot s, Overrides overrides, boolean gap) {
        NamedModel model = EntityNamer.name(s, RelationInferrer.infer(s, overrides), overrides, "com.example.model", NameLock.EMPTY, gap);
        GeneratedNamesCompileTest.assertValidAndUnique(model);
        return model;
    }

    private static EnumModel enumNamed(NamedModel model, String className) {
        return model.enums().stream().filter(e -> e.className().equals(className)).findFirst().orElseThrow();
    }

    private static PropertyModel property(NamedModel model, String className, String column) {
        return EntityNamerTest.entity(model, className).properties().stream().filter(p -> p.column().name().equals(column))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "new|NEW", "NEW|NEW", "in progress|IN_PROGRESS", "in-progress|IN_PROGRESS", "inProgress|IN_PROGRESS",
            "'  on hold '|ON_HOLD", "''|EMPTY", "1st|_1ST", "2024-q1|_2024_Q1", "+|VALUE", "café|CAFE", "Größe|GROSSE",
            "名前|U540D_U524D", "a.b|A_B", "class|CLASS"})
    void constantNames(String label, String constant) {
        assertThat(EnumNamer.constantName(label == null ? "" : label)).isEqualTo(constant);
    }

    @Test
    void constantsThatNormaliseAlikeGetNumbersInLabelOrderAndLabelsWhereNeeded() {
        assertThat(EnumNamer.constants(List.of("in progress", "in-progress", "IN_PROGRESS", "done", "", "empty")))
                .containsExactly(new EnumModel.Constant("IN_PROGRESS", "in progress"),
                        new EnumModel.Constant("IN_PROGRESS_2", "in-progress"),
                        new EnumModel.Constant("IN_PROGRESS_3", "IN_PROGRESS"),
                        new EnumModel.Constant("DONE", "done"),
                        new EnumModel.Constant("EMPTY", ""),
                        new EnumModel.Constant("EMPTY_2", "empty"));
        assertThat(new EnumModel.Constant("IN_PROGRESS_3", "IN_PROGRESS").labelled()).isTrue();
        assertThat(new EnumModel.Constant("NEW", "NEW").labelled()).isFalse();
    }

    @Test
    void onePostgresEnumPerTypeSharedByItsColumns() {
        SchemaSnapshot s = schema().product("PostgreSQL")
                .table("orders", t -> t.pk("id").enumCol("status", "public", "order_status", "new", "paid"))
                .table("returns", t -> t.pk("id").enumCol("state", "public", "order_status", "new", "paid")
                        .enumCol("reason", "public", "return_reason", "damaged"))
                .build();
        NamedModel model = name(s, Overrides.NONE, false);
        assertThat(model.enums()).extracting(EnumModel::className).containsExactly("OrderStatus", "ReturnReason");
        EnumModel status = enumNamed(model, "OrderStatus");
        assertThat(status.columns()).extracting(Object::toString).containsExactly("orders.status", "returns.state");
        assertThat(status.source()).isEqualTo("enum type public.order_status");
        assertThat(status.tables()).containsExactly("orders", "returns");
        assertThat(property(model, "Order", "status").enumClassName()).isEqualTo("OrderStatus");
        assertThat(property(model, "Return", "state").enumClassName()).isEqualTo("OrderStatus");
        assertThat(property(model, "Return", "reason").enumClassName()).isEqualTo("ReturnReason");
    }

    @Test
    void oneMySqlEnumPerColumnNamedEntityPlusField() {
        SchemaSnapshot s = schema().product("MariaDB")
                .table("orders", t -> t.pk("id").enumCol("status", null, null, "new", "paid"))
                .table("returns", t -> t.pk("id").enumCol("status", null, null, "new", "paid"))
                .build();
        NamedModel model = name(s, Overrides.NONE, false);
        assertThat(model.enums()).extracting(EnumModel::className).containsExactly("OrderStatus", "ReturnStatus");
        assertThat(enumNamed(model, "OrderStatus").source()).isEqualTo("column orders.status");
        assertThat(property(model, "Return", "status").enumClassName()).isEqualTo("ReturnStatus");
    }

    @Test
    void clashesWithEntitiesBaseClassesAndOtherEnumsGetSuffixes() {
        SchemaSnapshot s = schema().product("PostgreSQL")
                .table("order_status", t -> t.pk("id").enumCol("code", "public", "order_status", "a"))
                .table("order_status_types", t -> t.pk("id").enumCol("code", "other", "order_status", "b"))
                .table("people", t -> t.pk("id").enumCol("kind", "public", "string", "x")
                        .enumCol("level", "public", "person_base", "y"))
                .build();
        NamedModel model = name(s, Overrides.NONE, true);
        // entities OrderStatus, OrderStatusType and their bases; the types are named in schema order: other first
        assertThat(property(model, "OrderStatusType", "code").enumClassName()).isEqualTo("OrderStatusEnum");
        assertThat(property(model, "OrderStatus", "code").enumClassName()).isEqualTo("OrderStatusEnum2");
        assertThat(property(model, "Person", "kind").enumClassName()).isEqualTo("StringType");
        assertThat(property(model, "Person", "level").enumClassName()).isEqualTo("PersonBaseType");
        assertThat(model.diagnostics()).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).contains("enum type other.order_status")
                        .contains("its enum is named OrderStatusEnum because OrderStatus is the entity of table order_status"));
        // the same input in another order names alike
        NamedModel again = name(dev.metalorm.maven.fixture.SnapshotFixture.shuffled(s, 7), Overrides.NONE, true);
        assertThat(again.enums()).isEqualTo(model.enums());
    }

    @Test
    void aJavaTypeOverrideWinsAndAnUnusedTypeGivesNoEnum() {
        SchemaSnapshot s = schema().product("PostgreSQL")
                .table("orders", t -> t.pk("id").enumCol("status", "public", "order_status", "new")
                        .enumCol("priority", "public", "priority", "low"))
                .build();
        Overrides overrides = new Overrides(List.of(new TableOverride("orders", null, dev.metalorm.maven.config.JunctionChoice.INFER,
                List.of(new ColumnOverride("status", null, "java.lang.String")))), List.of());
        NamedModel model = name(s, overrides, false);
        assertThat(model.enums()).extracting(EnumModel::className).containsExactly("Priority");
        assertThat(property(model, "Order", "status").enumClassName()).isNull();
        assertThat(property(model, "Order", "status").javaTypeOverride()).isEqualTo("java.lang.String");
    }
}
