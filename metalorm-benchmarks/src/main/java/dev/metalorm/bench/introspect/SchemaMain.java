package dev.metalorm.bench.introspect;

public final class SchemaMain {
    private SchemaMain() {
    }

    public static void main(String[] args) {
        System.out.println("introspect: not built yet");
    }
}
