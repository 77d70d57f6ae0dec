package dev.metalorm.maven.config;

/** A parameter of the plugin is missing or wrong; the message names the {@code metalorm.*} property and what to set. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
