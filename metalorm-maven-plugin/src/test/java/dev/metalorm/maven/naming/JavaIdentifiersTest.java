package dev.metalorm.maven.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaIdentifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"class, className", "default, defaultValue", "package, packageName", "enum, enumValue", "true, trueValue",
            "null, nullValue", "_, unnamed", "record, recordValue", "var, varValue", "yield, yieldValue", "private, isPrivate",
            "public, isPublic", "final, isFinal", "static, isStatic", "new, newValue", "interface, interfaceName",
            "2faCode, twoFaCode", "3dModel, threeDModel", "20th, twentyTh", "2024Total, n2024Total", "email, email",
            "clazz, clazz", "className, className", "string, string", "object, object"})
    void members(String camel, String field) {
        assertThat(JavaIdentifiers.member(camel)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"String, StringEntity", "Object, ObjectEntity", "Class, ClassEntity", "Record, RecordEntity",
            "Override, OverrideEntity", "Thread, ThreadEntity", "System, SystemEntity", "Integer, IntegerEntity",
            "Entity, EntityEntity", "Id, IdEntity", "Column, ColumnEntity", "HasMany, HasManyEntity",
            "BelongsToMany, BelongsToManyEntity", "ManyToManyCollection, ManyToManyCollectionEntity",
            "Generated, GeneratedEntity", "BigDecimal, BigDecimalEntity", "Session, SessionEntity", "Query, QueryEntity",
            "Row, RowEntity", "Where, WhereEntity", "Page, PageEntity", "MetalOrm, MetalOrmEntity", "Version, VersionEntity",
            "2fa, TwoFa", "2faCode, TwoFaCode", "2024Total, N2024Total", "User, User", "Var, Var", "Order, Order"})
    void types(String pascal, String type) {
        assertThat(JavaIdentifiers.type(pascal)).isEqualTo(type);
    }

    @Test
    void accessorsOfEscapedNamesAreValidAndNeverGetClass() {
        assertThat(JavaIdentifiers.getter(JavaIdentifiers.member("class"))).isEqualTo("getClassName");
        assertThat(JavaIdentifiers.setter(JavaIdentifiers.member("class"))).isEqualTo("setClassName");
        assertThat(JavaIdentifiers.getter("class_")).isEqualTo("getClass_"); // a name kept from an earlier run's lock
        assertThat(JavaIdentifiers.getter(JavaIdentifiers.member("2faCode"))).isEqualTo("getTwoFaCode");
        assertThat(JavaIdentifiers.getter("createdAt")).isEqualTo("getCreatedAt");
    }

    @Test
    void overrideNamesAreCheckedAsJavaIdentifiers() {
        assertThat(JavaIdentifiers.isIdentifier("userName")).isTrue();
        assertThat(JavaIdentifiers.isIdentifier("user name")).isFalse();
        assertThat(JavaIdentifiers.isIdentifier("1st")).isFalse();
        assertThat(JavaIdentifiers.isIdentifier("")).isFalse();
    }
}
