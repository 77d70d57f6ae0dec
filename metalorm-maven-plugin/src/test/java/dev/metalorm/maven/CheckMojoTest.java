package dev.metalorm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reverse and check share their parameters; check writes nothing and fails with the drift. */
class CheckMojoTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private final AtomicReference<SchemaSnapshot> schema = new AtomicReference<>(SnapshotFixture.schema()
            .table("users", t -> t.pk("id").col("name"))
            .table("posts", t -> t.pk("id").fk("user_id", "users"))
            .build());

    private ReversePipeline pipeline() {
        return new ReversePipeline((url, user, password) -> null, (connection, choice) -> (c, request) -> schema.get(),
                RelationInferrer::infer, EntityNamer::name, "TEST");
    }

    private <T extends AbstractEntitiesMojo> T configure(T mojo) throws Exception {
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[info] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[warn] " + content);
            }
        });
        set(mojo, "url", "jdbc:h2:mem:check");
        set(mojo, "packageName", "com.acme.model");
        set(mojo, "outputDirectory", dir.resolve("src/main/java").toFile());
        set(mojo, "lockFile", dir.resolve("metalorm.lock").toFile());
        set(mojo, "generationGap", true);
        set(mojo, "introspector", "auto");
        return mojo;
    }

    private ReverseMojo reverse() throws Exception {
        ReverseMojo mojo = configure(new ReverseMojo(null) {
            @Override
            ReversePipeline pipeline() {
                return CheckMojoTest.this.pipeline();
            }
        });
        set(mojo, "buildDirectory", dir.resolve("target").toFile());
        return mojo;
    }

    private CheckMojo check() throws Exception {
        return configure(new CheckMojo(null) {
            @Override
            ReversePipeline pipeline() {
                return CheckMojoTest.this.pipeline();
            }
        });
    }

    @Test
    void checkPassesAfterReverseAndFailsWithTheDriftAfterASchemaChange() throws Exception {
        reverse().execute();
        assertThat(log).anyMatch(l -> l.startsWith("[info] Wrote metalorm.lock with the names of 2 tables"));
        log.clear();

        check().execute();
        assertThat(log).containsExactly("[info] Entities are up to date with schema public (H2 1.0): 2 tables, 4 files checked.");
        log.clear();

        schema.set(SnapshotFixture.schema()
                .table("users", t -> t.pk("id").col("name").col("nickname"))
                .table("posts", t -> t.pk("id").fk("user_id", "users"))
                .build());
        String lock = Files.readString(dir.resolve("metalorm.lock"));
        assertThatThrownBy(check()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Entities are stale for schema public (H2 1.0). Schema drift: users: + column nickname."
                        + " Files: ~ com/acme/model/UserBase.java. metalorm.lock is out of date. Run mvn metalorm:reverse to update the entities.");
        assertThat(log).containsExactly("[warn] drift: users: + column nickname");
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).isEqualTo(lock);
        log.clear();

        reverse().execute();
        assertThat(log.get(0)).isEqualTo("[info] Changes since last run: users: + column nickname");
        log.clear();
        check().execute();
        assertThat(log).hasSize(1);
    }

    @Test
    void skipComesFirst() throws Exception {
        CheckMojo mojo = check();
        set(mojo, "skip", true);
        mojo.execute();
        assertThat(log).containsExactly("[info] Skipping metalorm:check (metalorm.skip=true).");
    }

    private static void set(Object target, String name, Object value) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
