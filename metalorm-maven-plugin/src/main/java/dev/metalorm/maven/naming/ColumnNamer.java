package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.ColumnOverride;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Column fields: camelCase of the column's words ({@code created_at → createdAt}, {@code USER_ID →
 * userId}, {@code "order date" → orderDate}), made usable by {@link JavaIdentifiers}
 * ({@code class → className}, {@code private → isPrivate}, {@code 2fa_code → twoFaCode}). The column of
 * a single-column foreign key whose relation takes the column's own name ({@code artist.area → area},
 * {@code issues.resolved_by → users}, {@code parent}) gets the suffix {@code Id} ({@code areaId},
 * {@code resolvedById}, {@code parentId}), so that the relation is {@code area}; when another column
 * already gives that name ({@code area} beside {@code area_id}) the column keeps its name and the
 * relation takes the suffix {@code Ref} instead. A {@code fieldName} override wins; one that
 * is not usable, or that clashes, is an error. Two columns with the same rule name
 * ({@code user_id} and {@code userId}) are resolved in column order: the later one gets a number
 * ({@code userId2}), with a warning.
 */
final class ColumnNamer {
    private ColumnNamer() {
    }

    static List<PropertyModel> assign(TableSnapshot table, Optional<TableOverride> tableOverride, Members members, List<Diagnostic> diagnostics) {
        return assign(table, tableOverride, NameLock.EMPTY, Set.of(), members, diagnostics);
    }

    /**
     * Like {@link #assign(TableSnapshot, Optional, Members, List)}, a locked field name winning over the rule;
     * {@code relationNamed} are the columns whose relation takes the column's name (they get {@code Id}).
     */
    static List<PropertyModel> assign(TableSnapshot table, Optional<TableOverride> tableOverride, NameLock lock, Set<String> relationNamed,
                                      Members members, List<Diagnostic> diagnostics) {
        List<ColumnSnapshot> columns = table.columns().stream().sorted(Comparator.comparingInt(ColumnSnapshot::ordinal)).toList();
        Set<String> pk = new TreeSet<>(table.identityColumns()); // a unique NOT NULL key where there is no primary key
        List<ColumnOverride> overrides = tableOverride.map(TableOverride::columns).orElse(List.of());
        overrides.stream()
                .filter(o -> table.column(o.column()).isEmpty())
                .map(ColumnOverride::column)
                .sorted()
                .forEach(c -> diagnostics.add(Diagnostic.error("override of column " + table.name() + "." + c,
                        "table " + table.name() + " has no column " + c + ". Check the column name.")));

        String[] fields = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnSnapshot column = columns.get(i);
            String wanted = overrides.stream().filter(o -> o.column().equals(column.name())).findFirst()
                    .map(ColumnOverride::fieldName).orElse(null);
            if (wanted == null) {
                continue;
            }
            String subject = "override of column " + table.name() + "." + column.name();
            String problem = members.problemWithOverride(wanted);
            if (problem != null) {
                diagnostics.add(Diagnostic.error(subject, "fieldName \"" + wanted + "\" " + problem + ". Choose another field name."));
            } else if (members.holder(wanted) != null) {
                diagnostics.add(Diagnostic.error(subject, "fieldName " + wanted + " is also the field of " + members.holder(wanted)
                        + " in table " + table.name() + ". Choose another field name."));
            } else {
                members.claim(wanted, "column " + column.name());
                fields[i] = wanted;
            }
        }

        for (int i = 0; i < columns.size(); i++) {
            ColumnSnapshot column = columns.get(i);
            String locked = lock.field(table.name(), column.name());
            if (fields[i] != null || locked == null) {
                continue;
            }
            String holder = "column " + column.name();
            String problem = members.problemWithOverride(locked);
            if (problem != null || !members.freeFor(locked, holder)) {
                diagnostics.add(Diagnostic.warning("column " + table.name() + "." + column.name(), "has the locked field name " + locked
                        + ", which " + (problem != null ? problem : "is taken by " + members.holder(locked))
                        + "; the naming rule chooses instead. Update its line in metalorm.lock."));
                continue;
            }
            members.claim(locked, holder);
            fields[i] = locked;
        }

        Set<String> plainNames = new TreeSet<>();
        for (ColumnSnapshot column : columns) {
            plainNames.add(JavaIdentifiers.member(Words.camel(words(column))));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (fields[i] != null) {
                continue;
            }
            ColumnSnapshot column = columns.get(i);
            String camel = Words.camel(words(column));
            if (relationNamed.contains(column.name())) {
                List<String> withId = new ArrayList<>(words(column));
                withId.add("id");
                // area beside area_id: the suffixed name is the other column's, so this one keeps its own
                if (!plainNames.contains(JavaIdentifiers.member(Words.camel(withId)))) {
                    camel = Words.camel(withId);
                }
            }
            String field = JavaIdentifiers.member(camel);
            String subject = "column " + table.name() + "." + column.name();
            if (members.holder(field) != null) {
                String base = field;
                for (int n = 2; members.holder(field) != null; n++) {
                    field = base + n;
                }
                diagnostics.add(Diagnostic.warning(subject, "is generated as field " + field + " because " + members.holder(base)
                        + " already gives field " + base + ". Set a fieldName override to choose another name."));
            } else if (!field.equals(camel)) {
                diagnostics.add(Diagnostic.info(subject, "is generated as field " + field + ": " + JavaIdentifiers.whyChanged(camel) + "."));
            }
            members.claim(field, "column " + column.name());
            fields[i] = field;
        }

        List<PropertyModel> properties = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSnapshot column = columns.get(i);
            boolean id = pk.contains(column.name());
            String javaType = overrides.stream().filter(o -> o.column().equals(column.name())).findFirst()
                    .map(ColumnOverride::javaType).orElse(null);
            properties.add(new PropertyModel(column, fields[i], JavaIdentifiers.getter(fields[i]), JavaIdentifiers.setter(fields[i]),
                    id, id && column.autoIncrement(), javaType));
        }
        return properties;
    }

    private static List<String> words(ColumnSnapshot column) {
        List<String> words = Words.split(column.name());
        return words.isEmpty() ? List.of("column" + column.ordinal()) : words;
    }
}
