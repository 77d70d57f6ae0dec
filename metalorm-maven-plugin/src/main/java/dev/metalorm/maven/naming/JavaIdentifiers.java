package dev.metalorm.maven.naming;

import java.util.Set;

/**
 * The one rule that makes a name usable, and readable, in generated Java:
 *
 * <ul>
 *   <li>a member (field) that is a keyword, a literal ({@code true}, {@code null}) or a restricted
 *       identifier ({@code var}, {@code yield}, {@code record}, {@code sealed}, {@code permits}) gets a
 *       word that says what it is, never a trailing {@code _}: a modifier is a flag ({@code private →
 *       isPrivate}, {@code final → isFinal}), {@code class}/{@code package}/{@code interface} are
 *       names ({@code className}), anything else a value ({@code default → defaultValue},
 *       {@code new → newValue}, {@code enum → enumValue}); a {@code fieldName} override still wins.
 *       A relation whose role is a keyword is named by the role and its target instead
 *       ({@code new_id → items} gives {@code newItem}, see {@link RelationNamer});</li>
 *   <li>a type whose simple name is a {@code java.lang} type ({@code String}, {@code Object},
 *       {@code Class}, {@code Record}, {@code System}…), one of our annotation/relation types
 *       ({@code Entity}, {@code Column}, {@code HasMany}, {@code ManyToManyCollection}…), a runtime type
 *       users import beside the entities ({@code MetalOrm}, {@code Session}, {@code Query}, {@code Row},
 *       {@code Where}, {@code Page}…) or a type generated files import ({@code BigDecimal},
 *       {@code LocalDate}, {@code UUID}…) gets the suffix {@code Entity}: {@code StringEntity},
 *       {@code SessionEntity};</li>
 *   <li>a name starting with a number up to 20 has it spelled out ({@code 2fa_codes → TwoFaCode},
 *       {@code 2fa_code → twoFaCode}); a larger number gets the letter {@code N}/{@code n} in front
 *       ({@code 2024_totals → N2024Total}).</li>
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
            "OffsetTime", "ZonedDateTime", "Instant", "Duration", "UUID", "List", "Set", "Map", "Objects",
            // runtime types users import next to the entities (dev.metalorm, .session, .query, .annotation)
            "MetalOrm", "MetalOrmException", "Session", "Query", "Row", "Where", "Page", "Projection", "Update", "Delete",
            "Upsert", "Values", "Direction", "SqlQuery", "Version", "EnumValue", "Transient");

    /** Keywords that are modifiers: as a column they are flags, {@code private → isPrivate}. */
    private static final Set<String> MODIFIERS = Set.of("abstract", "final", "native", "private", "protected", "public", "static",
            "strictfp", "synchronized", "transient", "volatile", "sealed");

    /** Keywords that name something: {@code class → className}. */
    private static final Set<String> NAMES = Set.of("class", "package", "interface");

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

    private JavaIdentifiers() {
    }

    /** A field name from camelCase text, made usable by the rule. */
    static String member(String camel) {
        String name = Words.decapitalize(leadingNumber(camel));
        return RESERVED_MEMBERS.contains(name) ? readableKeyword(name) : name;
    }

    /** A class name from PascalCase text, made usable by the rule. */
    static String type(String pascal) {
        String name = Words.capitalize(leadingNumber(pascal));
        return RESERVED_TYPES.contains(name) ? name + TYPE_SUFFIX : name;
    }

    /** {@code private → isPrivate}, {@code class → className}, {@code default → defaultValue}. */
    static String readableKeyword(String keyword) {
        if (keyword.equals("_")) {
            return "unnamed";
        }
        if (MODIFIERS.contains(keyword)) {
            return "is" + Words.capitalize(keyword);
        }
        return keyword + (NAMES.contains(keyword) ? "Name" : "Value");
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
            return name + " starts with a number, which is spelled out";
        }
        if (RESERVED_MEMBERS.contains(name)) {
            return name + " is a Java keyword, literal or restricted identifier";
        }
        return name + " is a java.lang type or a type the generated sources or their users import";
    }

    /** {@code 2faCode → twoFaCode}, {@code 2024Total → n2024Total}; other names unchanged (case fixed by the caller). */
    private static String leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return name;
        }
        String digits = name.substring(0, end);
        String rest = Words.capitalize(name.substring(end));
        int value = end <= 2 ? Integer.parseInt(digits) : Integer.MAX_VALUE;
        return value < NUMBERS.length ? NUMBERS[value] + rest : "n" + digits + rest;
    }
}
