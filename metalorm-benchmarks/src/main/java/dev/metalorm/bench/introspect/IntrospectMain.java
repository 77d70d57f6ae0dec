package dev.metalorm.bench.introspect;

public final class IntrospectMain {
    private IntrospectMain() {
    }

    public static void main(String[] args) {
        System.out.println("introspect: not built yet");
    }
}
