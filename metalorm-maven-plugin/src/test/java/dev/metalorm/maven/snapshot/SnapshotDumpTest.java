package dev.metalorm.maven.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDumpTest {
    @Test
    void dumpsEveryFactInOrder() {
        TableSnapshot posts = new TableSnapshot("posts", TableKind.TABLE, "blog \"posts\"\nall",
                List.of(
                        new ColumnSnapshot("id", 1, Types.BIGINT, "int8", 0, 0, false, null, true, ""),
                        new ColumnSnapshot("user_id", 2, Types.BIGINT, "int8", 0, 0, false, null, false, ""),
                        new ColumnSnapshot("price", 3, Types.NUMERIC, "numeric", 10, 2, true, "0.00", false, "in \\ cents"),
                        new ColumnSnapshot("slug", 4, Types.VARCHAR, "varchar", 80, 0, false, "'x'", false, ""),
                        new ColumnSnapshot("odd", 5, 9999, "thing", 0, 0, true, null, false, "")),
                new PrimaryKeySnapshot("posts_pkey", List.of("id")),
                List.of(new ForeignKeySnapshot("fk_posts_user", List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.CASCADE)),
                List.of(new UniqueKeySnapshot("uq_posts_slug", List.of("slug"), false),
                        new UniqueKeySnapshot("ux_posts_price_slug", List.of("price", "slug"), true)));
        TableSnapshot view = new TableSnapshot("v", TableKind.VIEW, "",
                List.of(new ColumnSnapshot("id", 1, Types.BIGINT, "int8", 0, 0, true, null, false, "")),
                null, List.of(), List.of());
        SchemaSnapshot s = new SchemaSnapshot("PostgreSQL", "15.20", "public", List.of(posts, view));

        assertThat(SnapshotDump.dump(s)).isEqualTo("""
                schema "public" (PostgreSQL 15.20)
                  table "posts" TABLE comment "blog \\"posts\\"\\nall"
                    column 1 "id" int8 BIGINT size 0 scale 0 not null auto-increment default none comment ""
                    column 2 "user_id" int8 BIGINT size 0 scale 0 not null default none comment ""
                    column 3 "price" numeric NUMERIC size 10 scale 2 null default "0.00" comment "in \\\\ cents"
                    column 4 "slug" varchar VARCHAR size 80 scale 0 not null default "'x'" comment ""
                    column 5 "odd" thing 9999 size 0 scale 0 null default none comment ""
                    primary key "posts_pkey" ("id")
                    foreign key "fk_posts_user" ("user_id") references "users" ("id") on update NO_ACTION on delete CASCADE
                    unique constraint "uq_posts_slug" ("slug")
                    unique index "ux_posts_price_slug" ("price", "slug")
                  table "v" VIEW comment ""
                    column 1 "id" int8 BIGINT size 0 scale 0 null default none comment ""
                """);
        assertThat(SnapshotDump.dump(view)).isEqualTo("""
                table "v" VIEW comment ""
                  column 1 "id" int8 BIGINT size 0 scale 0 null default none comment ""
                """);
    }
}
