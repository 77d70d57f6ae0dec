package dev.metalorm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.MigrationsConfig;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** metalorm:generate from migrations on H2: the source root, the generated files, the up-to-date skip. */
class GenerateMojoTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private GenerateMojo mojo(MavenProject project) throws Exception {
        GenerateMojo mojo = new GenerateMojo(null);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void info(CharSequence content) {
                log.add("[info] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[warn] " + content);
            }
        });
        MigrationsConfig migrations = new MigrationsConfig();
        migrations.setEngine("h2");
        migrations.setLocations(new ArrayList<>(List.of("filesystem:src/main/resources/db/migration")));
        set(mojo, "migrations", migrations);
        set(mojo, "packageName", "com.acme.model");
        set(mojo, "introspector", "auto");
        set(mojo, "generationGap", true);
        set(mojo, "upToDateCheck", true);
        set(mojo, "lockFile", dir.resolve("metalorm.lock").toFile());
        set(mojo, "projectDirectory", dir.toFile());
        set(mojo, "projectBuildDirectory", dir.resolve("target").toFile());
        set(mojo, "buildDirectory", dir.resolve("target").toFile());
        set(mojo, "generatedSourcesDirectory", dir.resolve("target/generated-sources/metalorm").toFile());
        set(mojo, "project", project);
        return mojo;
    }

    private static MavenProject project() {
        MavenProject project = new MavenProject(new Model());
        return project;
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

    private Path migration(String name, String sql) throws Exception {
        Path m = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
        return Files.writeString(m.resolve(name), sql);
    }

    @Test
    void generatesOnceThenSkipsUntilAnInputChanges() throws Exception {
        migration("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL);\n");
        Path generated = dir.resolve("target/generated-sources/metalorm");

        MavenProject first = project();
        mojo(first).execute();
        assertThat(first.getCompileSourceRoots()).contains(generated.toString());
        assertThat(generated.resolve("com/acme/model/User.java")).exists();
        // no generation gap in target/: one generated class per table, no UserBase
        assertThat(generated.resolve("com/acme/model/UserBase.java")).doesNotExist();
        assertThat(dir.resolve("target/metalorm/generate.sha256")).exists();
        assertThat(log).anyMatch(l -> l.matches("\\[info\\] Started in-memory H2 in \\d+ ms"))
                .anyMatch(l -> l.matches("\\[info\\] Applied 1 migration in \\d+ ms \\(\\d+ ms in the migrations, the rest Flyway's start\\)"))
                .anyMatch(l -> l.matches("\\[info\\] Read 1 table in \\d+ ms"))
                .anyMatch(l -> l.matches("\\[info\\] Wrote 1 of 1 files \\(0 removed\\) in \\d+ ms"));

        log.clear();
        MavenProject second = project();
        mojo(second).execute();
        assertThat(second.getCompileSourceRoots()).contains(generated.toString());
        assertThat(log).singleElement().asString().matches("\\[info\\] Entities in .* are up to date with the migrations, configuration"
                + " and plugin version \\(\\d+ ms, no database started\\)\\.");

        log.clear();
        migration("V2__posts.sql", "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));\n");
        mojo(project()).execute();
        assertThat(log).anyMatch(l -> l.matches("\\[info\\] Applied 2 migrations in \\d+ ms \\(\\d+ ms in the migrations, the rest Flyway's start\\)"));
        assertThat(generated.resolve("com/acme/model/Post.java")).exists();

        log.clear();
        // a generated file edited (or deleted) by hand is regenerated, not trusted
        Files.delete(generated.resolve("com/acme/model/Post.java"));
        mojo(project()).execute();
        assertThat(log).anyMatch(l -> l.startsWith("[info] Started in-memory H2"));
        assertThat(generated.resolve("com/acme/model/Post.java")).exists();

        log.clear();
        GenerateMojo changedConfig = mojo(project());
        set(changedConfig, "packageName", "com.acme.entities");
        changedConfig.execute();
        assertThat(log).anyMatch(l -> l.startsWith("[info] Started in-memory H2"));
    }

    @Test
    void aSkippedRunStillAddsTheSourceRoot() throws Exception {
        MavenProject project = project();
        GenerateMojo mojo = mojo(project);
        set(mojo, "skip", true);
        mojo.execute();
        assertThat(project.getCompileSourceRoots()).containsExactly(dir.resolve("target/generated-sources/metalorm").toString());
        assertThat(log).containsExactly("[info] Skipping metalorm:generate (metalorm.skip=true).");
    }

    @Test
    void aFailingMigrationFailsTheBuildAndLeavesNoStamp() throws Exception {
        migration("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n");
        mojo(project()).execute();
        migration("V2__bad.sql", "\nALTER TABLE nope ADD COLUMN x INT;\n");
        assertThatThrownBy(() -> mojo(project()).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Migration " + dir.resolve("src/main/resources/db/migration/V2__bad.sql") + " failed at line 2: ");
        assertThat(dir.resolve("target/metalorm/generate.sha256")).doesNotExist();
    }

    @Test
    void urlAndMigrationsTogetherAreRefused() throws Exception {
        migration("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n");
        GenerateMojo mojo = mojo(project());
        set(mojo, "url", "jdbc:h2:mem:x");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("metalorm.url and <migrations> both say where the schema comes from");
    }

    @Test
    void m2eRunsGenerateOnConfigurationAndIncrementalBuilds() throws Exception {
        try (InputStream in = GenerateMojo.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertThat(in).isNotNull();
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            var executions = xml.getElementsByTagName("pluginExecution");
            var generate = executions.item(0);
            assertThat(generate.getTextContent()).contains("generate");
            var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            assertThat(xpath.evaluate("//pluginExecution[pluginExecutionFilter/goals/goal='generate']/action/execute/runOnConfiguration", xml))
                    .isEqualTo("true");
            assertThat(xpath.evaluate("//pluginExecution[pluginExecutionFilter/goals/goal='generate']/action/execute/runOnIncremental", xml))
                    .isEqualTo("true");
            assertThat(xpath.evaluate("count(//pluginExecution[pluginExecutionFilter/goals/goal='reverse']/action/ignore)", xml))
                    .isEqualTo("1");
        }
        // the goal it names exists in the plugin descriptor
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(new File(descriptor.toString())).exists();
        assertThat(Files.readString(descriptor)).contains("<goal>generate</goal>", "<phase>generate-sources</phase>");
    }
}
