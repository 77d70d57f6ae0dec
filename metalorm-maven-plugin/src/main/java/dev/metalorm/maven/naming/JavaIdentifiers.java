package dev.metalorm.maven.naming;

import java.util.Set;

/**
 * The one rule that makes a name usable in generated Java:
 *
 * <ul>
 *   <li>a member (field) that is a keyword, a literal ({@code true}, {@code null}), {@code _} or a
 *       restricted identifier ({@code var}, {@code yield}, {@code record}, {@code sealed},
 *       {@code permits}) gets a trailing underscore: {@code class → class_}, {@code default →
 *       default_}; its getter is then {@code getClass_}, never {@code getClass};</li>
 *   <li>a type whose simple name is a {@code java.lang} type ({@code String}, {@code Object},
 *       {@code Class}, {@code Record}, {@code System}…), one of our annotation/relation types
 *       ({@code Entity}, {@code Column}, {@code HasMany}, {@code ManyToManyCollection}…) or a type
 *       generated files import ({@code BigDecimal}, {@code LocalDate}, {@code UUID}…) gets the suffix
 *       {@code Entity}: {@code StringEntity}, {@code ColumnEntity};</li>
 *   <li>any name starting with a digit gets a leading underscore: {@code _2faCode}.</li>
 * </ul>
 */
final class JavaIdentifiers {
    static final String TYPE_SUFFIX = "Entity";

    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits");

    private static final Set<String> RESERVED_TYPES = Set.of(
            // java.lang (Java 17 and later)
            "Appendable", "AutoCloseable", "CharSequence", "Cloneable", "Comparable", "Iterable", "Readable",
            "Runnable", "Boolean", "Byte", "Character", "Class", "ClassLoader", "ClassValue", "Compiler", "Double",
            "Enum", "Float", "InheritableThreadLocal", "Integer", "Long", "Math", "Module", "ModuleLayer", "Number",
            "Object", "Package", "Process", "ProcessBuilder", "ProcessHandle", "Record", "Runtime",
            "RuntimePermission", "SecurityManager", "Short", "StackTraceElement", "StackWalker", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "System", "Thread", "ThreadGroup", "ThreadLocal", "Throwable",
            "Void", "ScopedValue", "StringTemplate",
            "ArithmeticException", "ArrayIndexOutOfBoundsException", "ArrayStoreException", "ClassCastException",
            "ClassNotFoundException", "CloneNotSupportedException", "EnumConstantNotPresentException", "Exception",
            "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
            "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
            "IndexOutOfBoundsException", "InstantiationException", "InterruptedException",
            "LayerInstantiationException", "MatchException", "NegativeArraySizeException", "NoSuchFieldException",
            "NoSuchMethodException", "NullPointerException", "NumberFormatException",
            "ReflectiveOperationException", "RuntimeException", "SecurityException",
            "StringIndexOutOfBoundsException", "TypeNotPresentException", "UnsupportedOperationException",
            "WrongThreadException",
            "AbstractMethodError", "AssertionError", "BootstrapMethodError", "ClassCircularityError",
            "ClassFormatError", "Error", "ExceptionInInitializerError", "IllegalAccessError",
            "IncompatibleClassChangeError", "InstantiationError", "InternalError", "LinkageError",
            "NoClassDefFoundError", "NoSuchFieldError", "NoSuchMethodError", "OutOfMemoryError",
            "StackOverflowError", "ThreadDeath", "UnknownError", "UnsatisfiedLinkError",
            "UnsupportedClassVersionError", "VerifyError", "VirtualMachineError",
            "Deprecated", "FunctionalInterface", "Override", "SafeVarargs", "SuppressWarnings",
            // dev.metalorm.annotation, dev.metalorm.relation, @Generated
            "Entity", "Id", "Column", "HasMany", "HasOne", "BelongsTo", "BelongsToMany", "Cascade",
            "HasManyCollection", "HasOneReference", "BelongsToReference", "ManyToManyCollection", "Generated",
            // types the SQL -> Java mapping imports
            "BigDecimal", "BigInteger", "LocalDate", "LocalTime", "LocalDateTime", "OffsetDateTime",
            "OffsetTime", "ZonedDateTime", "Instant", "Duration", "UUID", "List", "Set", "Map", "Objects");

    private JavaIdentifiers() {
    }

    /** A field name from camelCase text, made usable by the rule. */
    static String member(String camel) {
        String name = leadingDigit(camel);
        return RESERVED_MEMBERS.contains(name) ? name + "_" : name;
    }

    /** A class name from PascalCase text, made usable by the rule. */
    static String type(String pascal) {
        String name = leadingDigit(pascal);
        return RESERVED_TYPES.contains(name) ? name + TYPE_SUFFIX : name;
    }

    static boolean isReservedMember(String name) {
        return RESERVED_MEMBERS.contains(name);
    }

    static boolean isReservedType(String name) {
        return RESERVED_TYPES.contains(name);
    }

    /** Whether a name given by the user (an override) is a Java identifier. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /** {@code get} + capitalised field name: {@code createdAt → getCreatedAt}, {@code class_ → getClass_}. */
    static String getter(String field) {
        return "get" + Words.capitalize(field);
    }

    static String setter(String field) {
        return "set" + Words.capitalize(field);
    }

    /** Why the rule changed {@code name}, for a diagnostic. */
    static String whyChanged(String name) {
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            return name + " starts with a digit";
        }
        if (RESERVED_MEMBERS.contains(name)) {
            return name + " is a Java keyword, literal or restricted identifier";
        }
        return name + " is a java.lang type or a type the generated sources use";
    }

    private static String leadingDigit(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }
}
