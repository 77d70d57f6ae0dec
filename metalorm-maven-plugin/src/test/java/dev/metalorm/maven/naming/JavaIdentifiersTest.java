package dev.metalorm.maven.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaIdentifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"class, class_", "default, default_", "package, package_", "enum, enum_", "true, true_", "null, null_",
            "_, __", "record, record_", "var, var_", "yield, yield_", "2faCode, _2faCode", "email, email",
            "clazz, clazz", "className, className", "string, string", "object, object"})
    void members(String camel, String field) {
        assertThat(JavaIdentifiers.member(camel)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"String, StringEntity", "Object, ObjectEntity", "Class, ClassEntity", "Record, RecordEntity",
            "Override, OverrideEntity", "Thread, ThreadEntity", "System, SystemEntity", "Integer, IntegerEntity",
            "Entity, EntityEntity", "Id, IdEntity", "Column, ColumnEntity", "HasMany, HasManyEntity",
            "BelongsToMany, BelongsToManyEntity", "ManyToManyCollection, ManyToManyCollectionEntity",
            "Generated, GeneratedEntity", "BigDecimal, BigDecimalEntity", "2fa, _2fa", "User, User", "Var, Var"})
    void types(String pascal, String type) {
        assertThat(JavaIdentifiers.type(pascal)).isEqualTo(type);
    }

    @Test
    void accessorsOfEscapedNamesAreValidAndNeverGetClass() {
        assertThat(JavaIdentifiers.getter("class_")).isEqualTo("getClass_");
        assertThat(JavaIdentifiers.setter("class_")).isEqualTo("setClass_");
        assertThat(JavaIdentifiers.getter("_2faCode")).isEqualTo("get_2faCode");
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
