package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.filtered;
import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;

/** Include/exclude patterns and views, with every reader on every engine. */
class FilterTest {

    @AllDatabases
    void viewsOnlyWhenAsked(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                assertThat(names(read(c, choice, Snapshots.tablesOnly()))).as(choice.name())
                        .containsExactly("grant_notes", "posts", "profiles", "roles", "users", "users_roles");
                assertThat(names(read(c, choice, Snapshots.all()))).as(choice.name()).contains("post_titles");
            }
        }
    }

    @AllDatabases
    void includesThenExcludesMatchWholeNames(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                SchemaSnapshot s = read(c, choice, filtered(List.of("users.*", "post.*"), List.of(".*_roles", "post_titles"), true));
                assertThat(names(s)).as(choice.name()).containsExactly("posts", "users");
                // "user" alone matches no whole name
                assertThat(names(read(c, choice, filtered(List.of("user"), List.of(), true)))).as(choice.name()).isEmpty();
                assertThat(names(read(c, choice, filtered(List.of(), List.of("(?i)USERS"), false)))).as(choice.name())
                        .containsExactly("grant_notes", "posts", "profiles", "roles", "users_roles");
            }
        }
    }

    /** A kept table's key to a filtered-out table is still a fact about the kept table. */
    @AllDatabases
    void foreignKeysToExcludedTablesAreKept(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                SchemaSnapshot s = read(c, choice, filtered(List.of("posts"), List.of(), false));
                TableSnapshot posts = s.table("posts").orElseThrow();
                assertThat(posts.foreignKeys()).as(choice.name()).extracting(ForeignKeySnapshot::referencedTable)
                        .containsExactly("users", "users");
                assertThat(posts.columns()).hasSize(5);
            }
        }
    }

    static List<String> names(SchemaSnapshot s) {
        return s.tables().stream().map(TableSnapshot::name).toList();
    }

    static List<IntrospectorChoice> choices(TestDatabase db) {
        return db.kind() == DatabaseKind.H2 ? List.of(IntrospectorChoice.AUTO)
                : List.of(IntrospectorChoice.SQL, IntrospectorChoice.SCHEMACRAWLER);
    }
}
