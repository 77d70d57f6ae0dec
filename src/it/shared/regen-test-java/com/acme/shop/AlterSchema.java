package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ItDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Step 2 of the IT (profile alter; not a *Test, so the default build skips it): what a user does
 * between two generations. Adds a method, a field and an annotation to the user class User.java,
 * records every generated file's hash, then applies alter.sql to the database.
 */
class AlterSchema {
    private static final Path MODEL = Path.of("src/main/java/com/acme/shop");

    @Test
    void customiseThenAlter() throws Exception {
        Path user = MODEL.resolve("User.java");
        String text = Files.readString(user);
        String created = "@Entity(\"users\")\npublic class User extends UserBase {\n}\n";
        assertTrue(text.endsWith(created), text);
        Files.writeString(user, text.replace(created, """
                @Entity("users")
                @SuppressWarnings("unused")
                public class User extends UserBase {
                    private transient int greetings;
                    @dev.metalorm.annotation.Transient
                    private java.util.List<String> notes = new java.util.ArrayList<>();

                    public String displayName() {
                        greetings++;
                        notes.add("greeted");
                        return getName() + " <" + getEmail() + ">";
                    }
                }
                """));

        StringBuilder hashes = new StringBuilder();
        try (Stream<Path> files = Files.list(MODEL)) {
            for (Path f : files.sorted().toList()) {
                hashes.append(f.getFileName()).append(' ').append(sha256(Files.readAllBytes(f))).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/before-regeneration.txt"), hashes.toString());

        String url = ItDataSource.url();
        try (Connection c = DriverManager.getConnection(url, ItDataSource.user(), ItDataSource.password());
             Statement st = c.createStatement()) {
            for (String sql : Files.readString(Path.of("alter.sql"), StandardCharsets.UTF_8).split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
