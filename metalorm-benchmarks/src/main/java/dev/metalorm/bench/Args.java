package dev.metalorm.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} and {@code --flag} arguments. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    public Args(String[] argv) {
        for (String a : argv) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Arguments look like --name=value: " + a);
            }
            int eq = a.indexOf('=');
            values.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(value(name, String.valueOf(fallback)));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(value(name, "false"));
    }

    public List<String> list(String name, String fallback) {
        return Arrays.stream(value(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
