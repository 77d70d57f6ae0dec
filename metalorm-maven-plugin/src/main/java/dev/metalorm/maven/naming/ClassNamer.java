package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Class names: singular PascalCase of the table's words. Only the last word is singularised
 * ({@code order_items → OrderItem}, {@code news_letters → NewsLetter}), except when every word of the
 * name is itself the name of a table, as in a junction: then every word is
 * ({@code users_roles → UserRole}).
 *
 * <p>Uniqueness is case-insensitive (User.java and USER.java are one file on macOS and Windows).
 * A {@code className} override wins; an override that is not a usable name, or two overrides with
 * one name, is an error. Rule names that clash are resolved in table-name order: the first table
 * keeps the singular name, a later one takes its name without singularising ({@code user → User},
 * {@code users → Users}), and failing that a number ({@code User2}); each such resolution is a
 * warning naming both tables. The order: tables whose name is already singular first (so {@code user}
 * keeps {@code User} before {@code users}), then by name ignoring case, then by name.
 */
final class ClassNamer {
    private ClassNamer() {
    }

    static Map<String, EntityName> assign(List<TableSnapshot> tables, Overrides overrides, List<Diagnostic> diagnostics) {
        Set<String> singleWordTables = new TreeSet<>();
        for (TableSnapshot t : tables) {
            List<String> words = Words.split(t.name());
            if (words.size() == 1) {
                singleWordTables.add(words.get(0));
            }
        }

        Map<String, EntityName> names = new TreeMap<>();
        Map<String, String> taken = new TreeMap<>(); // lower-case class name -> table
        for (TableSnapshot t : tables) {
            Optional<String> override = overrides.table(t.name()).map(TableOverride::className);
            if (override.isEmpty()) {
                continue;
            }
            String className = override.get();
            String subject = "override of table " + t.name();
            if (!JavaIdentifiers.isIdentifier(className) || JavaIdentifiers.isReservedMember(className)) {
                diagnostics.add(Diagnostic.error(subject, "className \"" + className + "\" is not a Java identifier. Choose another class name."));
                continue;
            }
            if (JavaIdentifiers.isReservedType(className)) {
                diagnostics.add(Diagnostic.error(subject, "className " + className
                        + " would shadow java.lang." + className + " or a type the generated sources use. Choose another class name."));
                continue;
            }
            String clash = taken.get(key(className));
            if (clash != null) {
                diagnostics.add(Diagnostic.error(subject, "className " + className + " is also the className override of table "
                        + clash + ". Give the two tables different class names."));
                continue;
            }
            taken.put(key(className), t.name());
            names.put(t.name(), new EntityName(className, Words.split(className)));
        }

        List<TableSnapshot> byRule = tables.stream()
                .filter(t -> !names.containsKey(t.name()))
                .sorted(Comparator.comparing((TableSnapshot t) -> !words(t).equals(singular(words(t), singleWordTables)))
                        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT))
                        .thenComparing(TableSnapshot::name))
                .toList();
        for (TableSnapshot t : byRule) {
            List<String> words = words(t);
            List<String> singular = singular(words, singleWordTables);
            String candidate = JavaIdentifiers.type(Words.pascal(singular));
            String className = candidate;
            if (taken.containsKey(key(candidate))) {
                String holder = taken.get(key(candidate));
                className = JavaIdentifiers.type(Words.pascal(words));
                for (int n = 2; taken.containsKey(key(className)); n++) {
                    className = candidate + n;
                }
                diagnostics.add(Diagnostic.warning("table " + t.name(), "is generated as class " + className + " because table "
                        + holder + " is generated as " + candidate + ". Set a className override to choose another name."));
            } else if (!candidate.equals(Words.pascal(singular))) {
                diagnostics.add(Diagnostic.info("table " + t.name(), "is generated as class " + candidate + ": "
                        + JavaIdentifiers.whyChanged(Words.pascal(singular)) + "."));
            }
            taken.put(key(className), t.name());
            names.put(t.name(), new EntityName(className, singular));
        }
        return names;
    }

    private static List<String> words(TableSnapshot table) {
        List<String> words = Words.split(table.name());
        return words.isEmpty() ? List.of("table") : words;
    }

    /** Every word when each is a table's name (a junction's), else only the last. */
    static List<String> singular(List<String> words, Set<String> singleWordTables) {
        List<String> out = new ArrayList<>(words);
        boolean everyWord = words.size() >= 2 && singleWordTables.containsAll(words);
        for (int i = everyWord ? 0 : words.size() - 1; i < words.size(); i++) {
            out.set(i, Inflector.singular(words.get(i)));
        }
        return out;
    }

    private static String key(String className) {
        return className.toLowerCase(Locale.ROOT);
    }
}
