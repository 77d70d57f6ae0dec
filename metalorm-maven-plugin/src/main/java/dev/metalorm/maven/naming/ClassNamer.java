package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TablePrefixes;
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
 * warning naming both tables. A name in the lock file keeps its table's class (unless an override
 * takes it); rule names are allocated around locked ones. With the generation gap a class {@code X}
 * also takes {@code XBase}, so a table {@code user_base} cannot collide with {@code User}'s base class:
 * such a table is named last, and yields ({@code UserBase2}, with a warning).
 * With {@code metalorm.stripTablePrefix} the words come from the name without its prefix
 * ({@code ACT_RU_EXECUTION → Execution}); a table whose stripped name another already has takes its full
 * name ({@code ACT_HI_IDENTITYLINK} beside {@code ACT_RU_IDENTITYLINK} → {@code ActRuIdentitylink}), with the warning.
 * The order: tables whose name is already singular first (so {@code user}
 * keeps {@code User} before {@code users}), then by name ignoring case, then by name.
 */
final class ClassNamer {
    /** With the generation gap, the generated superclass of {@code User} is {@code UserBase}. */
    static final String BASE_SUFFIX = "Base";

    private ClassNamer() {
    }

    static Map<String, EntityName> assign(List<TableSnapshot> tables, Overrides overrides, List<Diagnostic> diagnostics) {
        return assign(tables, overrides, NameLock.EMPTY, false, diagnostics);
    }

    /**
     * Like {@link #assign(List, Overrides, List)}, with locked names between overrides and the
     * rule, and with {@code generationGap} every class {@code X} also reserving {@code XBase}.
     */
    static Map<String, EntityName> assign(List<TableSnapshot> tables, Overrides overrides, NameLock lock, boolean generationGap,
                                          List<Diagnostic> diagnostics) {
        TablePrefixes prefixes = overrides.tablePrefixes();
        Set<String> singleWordTables = new TreeSet<>();
        for (TableSnapshot t : tables) {
            List<String> words = words(t, prefixes);
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
            String clash = holder(taken, className, generationGap);
            if (clash != null) {
                diagnostics.add(Diagnostic.error(subject, "className " + className + " is also the className override of table "
                        + clash + ". Give the two tables different class names."));
                continue;
            }
            take(taken, className, t.name(), generationGap);
            names.put(t.name(), new EntityName(className, Words.split(className)));
        }

        for (TableSnapshot t : tables) {
            String locked = lock.className(t.name());
            if (locked == null || names.containsKey(t.name())) {
                continue;
            }
            String subject = "table " + t.name();
            String holder = holder(taken, locked, generationGap);
            if (JavaIdentifiers.isReservedMember(locked) || JavaIdentifiers.isReservedType(locked)) {
                diagnostics.add(Diagnostic.warning(subject, "has the locked class name " + locked
                        + ", which is a Java keyword or shadows a type the generated sources use; the naming rule chooses instead."
                        + " Update its table line in metalorm.lock."));
                continue;
            }
            if (holder != null) {
                diagnostics.add(Diagnostic.warning(subject, "has the locked class name " + locked + ", which table "
                        + holder + " already has; the naming rule chooses instead. Give one of them another name."));
                continue;
            }
            take(taken, locked, t.name(), generationGap);
            List<String> singular = singular(words(t, prefixes), singleWordTables);
            names.put(t.name(), new EntityName(locked, locked.equals(JavaIdentifiers.type(Words.pascal(singular))) ? singular : Words.split(locked)));
        }

        // with the generation gap, a table whose rule name is another's base class name (user_base
        // beside users) comes last, so that the other table keeps its name and this one yields
        Set<String> candidates = new TreeSet<>();
        tables.forEach(t -> candidates.add(key(JavaIdentifiers.type(Words.pascal(singular(words(t, prefixes), singleWordTables))))));
        List<TableSnapshot> byRule = tables.stream()
                .filter(t -> !names.containsKey(t.name()))
                .sorted(Comparator.comparing((TableSnapshot t) -> generationGap && isBaseOfAnother(
                                JavaIdentifiers.type(Words.pascal(singular(words(t, prefixes), singleWordTables))), candidates))
                        .thenComparing((TableSnapshot t) -> !words(t, prefixes).equals(singular(words(t, prefixes), singleWordTables)))
                        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT))
                        .thenComparing(TableSnapshot::name))
                .toList();
        for (TableSnapshot t : byRule) {
            List<String> words = words(t, prefixes);
            List<String> singular = singular(words, singleWordTables);
            String candidate = JavaIdentifiers.type(Words.pascal(singular));
            String className = candidate;
            if (holder(taken, candidate, generationGap) != null) {
                String holder = holder(taken, candidate, generationGap);
                className = JavaIdentifiers.type(Words.pascal(words));
                List<String> full = words(t, TablePrefixes.NONE);
                if (!full.equals(words)) {
                    // a stripped prefix was what told the two apart: ACT_HI_IDENTITYLINK beside ACT_RU_IDENTITYLINK
                    singular = singular(full, singleWordTables);
                    className = JavaIdentifiers.type(Words.pascal(singular));
                }
                for (int n = 2; holder(taken, className, generationGap) != null; n++) {
                    className = candidate + n;
                }
                String holderClass = names.get(holder).className();
                diagnostics.add(Diagnostic.warning("table " + t.name(), "is generated as class " + className + " because table "
                        + holder + (holderClass.equalsIgnoreCase(candidate) ? " is generated as " + candidate
                                : candidate.equalsIgnoreCase(holderClass + BASE_SUFFIX)
                                ? "'s class " + holderClass + " has the generated base class " + candidate
                                : "'s class " + holderClass + " would be the generated base class of " + candidate)
                        + ". Set a className override to choose another name."));
            } else if (!candidate.equals(Words.pascal(singular))) {
                diagnostics.add(Diagnostic.info("table " + t.name(), "is generated as class " + candidate + ": "
                        + JavaIdentifiers.whyChanged(Words.pascal(singular)) + "."));
            }
            take(taken, className, t.name(), generationGap);
            names.put(t.name(), new EntityName(className, singular));
        }
        return names;
    }

    /** The words of the table's name without a prefix of {@code metalorm.stripTablePrefix}. */
    private static List<String> words(TableSnapshot table, TablePrefixes prefixes) {
        List<String> words = Words.split(prefixes.strip(table.name()));
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

    /** The table holding {@code className} (or, with the generation gap, a class whose base class it would be, or the reverse). */
    private static String holder(Map<String, String> taken, String className, boolean generationGap) {
        String holder = taken.get(key(className));
        if (holder == null && generationGap) {
            holder = taken.get(key(className + BASE_SUFFIX));
        }
        return holder;
    }

    private static void take(Map<String, String> taken, String className, String table, boolean generationGap) {
        taken.put(key(className), table);
        if (generationGap) {
            taken.put(key(className + BASE_SUFFIX), table);
        }
    }

    private static boolean isBaseOfAnother(String className, Set<String> candidates) {
        return className.endsWith(BASE_SUFFIX) && className.length() > BASE_SUFFIX.length()
                && candidates.contains(key(className.substring(0, className.length() - BASE_SUFFIX.length())));
    }

    private static String key(String className) {
        return className.toLowerCase(Locale.ROOT);
    }
}
