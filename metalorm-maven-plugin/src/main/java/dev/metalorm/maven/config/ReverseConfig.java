package dev.metalorm.maven.config;

import dev.metalorm.maven.introspect.IntrospectionRequest;
import dev.metalorm.maven.render.RenderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;

/**
 * Everything the {@code reverse} goal needs, validated once by {@link Builder#build()}: every error
 * names the {@code metalorm.*} property (or the pom element) to fix. Credentials are already resolved
 * (a {@code serverId} has been turned into user and password by the mojo).
 *
 * @param url JDBC URL ({@code metalorm.url})
 * @param user database user, or null ({@code metalorm.user})
 * @param password database password, or null ({@code metalorm.password}); never printed
 * @param schema schema or database to read, or null for the connection's current one ({@code metalorm.schema})
 * @param packageName Java package of the entities ({@code metalorm.packageName})
 * @param outputDirectory source root the package directory is created in ({@code metalorm.outputDirectory})
 * @param includes table-name patterns to keep ({@code metalorm.includes})
 * @param excludes table-name patterns to drop ({@code metalorm.excludes})
 * @param includeViews whether views become entities too ({@code metalorm.includeViews})
 * @param force whether generated files edited by hand are overwritten ({@code metalorm.force})
 * @param introspector {@code auto}, {@code sql} or {@code schemacrawler} ({@code metalorm.introspector})
 * @param overrides per-table and per-relation choices from the pom
 * @param reportFile where the JSON report goes, or null for none
 * @param lockFile the name lock file ({@code metalorm.lockFile}), or null for none: names then come from the rules alone
 * @param generationGap whether each table gets a generated base class and a user class created once ({@code metalorm.generationGap})
 * @param suggestions relations the schema does not declare ({@code metalorm.inferRelations}, {@code metalorm.verifyRelations},
 *        {@code metalorm.minConfidence})
 * @param diagramDirectory where the picture of the model goes ({@code model.mmd}, {@code model.html} and the renderer it
 *        loads), or null for none
 * @param qualifySchema when {@code @Entity} names the schema ({@code metalorm.qualifySchema})
 * @param versionColumns columns that get {@code @Version} when they are an integer or a timestamp, matched against the
 *        whole column name ignoring case ({@code metalorm.versionColumns})
 * @param refreshedOnUpdateColumns columns the database sets on every UPDATE by a trigger, matched against the whole
 *        column name ignoring case ({@code metalorm.refreshedOnUpdateColumns}); none by default
 * @param generateEnums whether PostgreSQL enum types and MySQL/MariaDB ENUM columns become Java enums
 *        ({@code metalorm.generateEnums}); false keeps them String fields
 */
public record ReverseConfig(
        String url,
        String user,
        String password,
        String schema,
        String packageName,
        Path outputDirectory,
        List<Pattern> includes,
        List<Pattern> excludes,
        boolean includeViews,
        boolean force,
        String introspector,
        Overrides overrides,
        Path reportFile,
        Path lockFile,
        boolean generationGap,
        SuggestionOptions suggestions,
        Path diagramDirectory,
        QualifySchema qualifySchema,
        Pattern versionColumns,
        Pattern refreshedOnUpdateColumns,
        boolean generateEnums) {

    /** The accepted values of {@code metalorm.introspector}, in the order error messages list them. */
    public static final List<String> INTROSPECTORS = List.of("auto", "sql", "schemacrawler");

    /** {@code users} or {@code users(id)} / {@code users(tenant_id, id)}. */
    private static final Pattern REFERENCES = Pattern.compile("\\s*([^()\\s][^()]*?)\\s*(?:\\(([^()]*)\\))?\\s*");

    private static final Pattern JAVA_TYPE = Pattern.compile(
            "byte\\[\\]|(?:[a-z_][A-Za-z0-9_$]*\\.)+[A-Z_$][A-Za-z0-9_$]*(?:\\.[A-Z_$][A-Za-z0-9_$]*)*(?:\\[\\])?");

    public ReverseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        includes = List.copyOf(Objects.requireNonNull(includes, "includes"));
        excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes"));
        Objects.requireNonNull(introspector, "introspector");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(qualifySchema, "qualifySchema");
        Objects.requireNonNull(versionColumns, "versionColumns");
        Objects.requireNonNull(refreshedOnUpdateColumns, "refreshedOnUpdateColumns");
    }

    /**
     * The schema every {@code @Entity} names for a snapshot of schema {@code schemaRead}, or null for none: see
     * {@link QualifySchema}.
     */
    public String qualifyingSchema(String schemaRead, boolean connectionDefault) {
        return switch (qualifySchema) {
            case AUTO -> connectionDefault ? null : schemaRead;
            case ALWAYS -> schemaRead;
            case NEVER -> null;
        };
    }

    /** What the introspector reads. */
    public IntrospectionRequest introspectionRequest() {
        return new IntrospectionRequest(schema, includes, excludes, includeViews);
    }

    /** The package's directory under {@link #outputDirectory()}. */
    public Path packageDirectory() {
        return outputDirectory.resolve(packageName.replace('.', '/'));
    }

    /** Like the record's, without the password. */
    @Override
    public String toString() {
        return "ReverseConfig[url=" + redactUrl(url) + ", user=" + user + ", password=" + (password == null ? "null" : "****")
                + ", schema=" + schema + ", packageName=" + packageName + ", outputDirectory=" + outputDirectory
                + ", includes=" + includes + ", excludes=" + excludes + ", includeViews=" + includeViews
                + ", force=" + force + ", introspector=" + introspector + ", overrides=" + overrides
                + ", reportFile=" + reportFile + ", lockFile=" + lockFile + ", generationGap=" + generationGap
                + ", suggestions=" + suggestions + ", diagramDirectory=" + diagramDirectory + ", qualifySchema=" + qualifySchema
                + ", versionColumns=" + versionColumns + ", refreshedOnUpdateColumns=" + refreshedOnUpdateColumns
                + ", generateEnums=" + generateEnums + "]";
    }

    /** The URL with its passwords masked, each up to where its driver ends it: see {@link UrlRedaction}. */
    public static String redactUrl(String url) {
        return UrlRedaction.redact(url);
    }

    /**
     * Refuses credentials given both ways, before the mojo looks the server up.
     *
     * @throws ConfigException when {@code serverId} comes with a user or password
     */
    public static void checkCredentials(String serverId, String user, String password) {
        if (!isBlank(serverId) && (!isBlank(user) || password != null && !password.isEmpty())) {
            throw new ConfigException("metalorm.serverId cannot be combined with metalorm.user or metalorm.password:"
                    + " keep the credentials in settings.xml under server \"" + serverId + "\", or drop metalorm.serverId.");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes parameters as the mojo has them (strings, nullable) and checks them in {@link #build()}. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private String schema;
        private String packageName;
        private Path outputDirectory;
        private String includes;
        private String excludes;
        private boolean includeViews;
        private boolean force;
        private String introspector = "auto";
        private List<TableConfig> tables = List.of();
        private List<RelationConfig> relations = List.of();
        private Path reportFile;
        private Path lockFile;
        private Path diagramDirectory;
        private boolean generationGap = true;
        private String inferRelations;
        private String verifyRelations;
        private String minConfidence;
        private String stripTablePrefix;
        private String qualifySchema;
        private String versionColumns;
        private String refreshedOnUpdateColumns;
        private boolean generateEnums = true;

        private Builder() {
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** Comma-separated regular expressions, each matched against the whole table name. */
        public Builder includes(String includes) {
            this.includes = includes;
            return this;
        }

        /** Comma-separated regular expressions, each matched against the whole table name. */
        public Builder excludes(String excludes) {
            this.excludes = excludes;
            return this;
        }

        public Builder includeViews(boolean includeViews) {
            this.includeViews = includeViews;
            return this;
        }

        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder introspector(String introspector) {
            this.introspector = introspector;
            return this;
        }

        public Builder tables(List<TableConfig> tables) {
            this.tables = tables == null ? List.of() : tables;
            return this;
        }

        public Builder relations(List<RelationConfig> relations) {
            this.relations = relations == null ? List.of() : relations;
            return this;
        }

        public Builder reportFile(Path reportFile) {
            this.reportFile = reportFile;
            return this;
        }

        public Builder diagramDirectory(Path diagramDirectory) {
            this.diagramDirectory = diagramDirectory;
            return this;
        }

        public Builder lockFile(Path lockFile) {
            this.lockFile = lockFile;
            return this;
        }

        /** Whether enum types and ENUM columns become Java enums (the default), or stay String. */
        public Builder generateEnums(boolean generateEnums) {
            this.generateEnums = generateEnums;
            return this;
        }

        public Builder generationGap(boolean generationGap) {
            this.generationGap = generationGap;
            return this;
        }

        /** {@code off} (the default when null) or {@code naming}. */
        public Builder inferRelations(String inferRelations) {
            this.inferRelations = inferRelations;
            return this;
        }

        /** {@code off} (the default when null) or {@code sample}. */
        public Builder verifyRelations(String verifyRelations) {
            this.verifyRelations = verifyRelations;
            return this;
        }

        /** Comma-separated table-name prefixes class names leave out; an entry starting with {@code ^} is a regular expression. */
        public Builder stripTablePrefix(String stripTablePrefix) {
            this.stripTablePrefix = stripTablePrefix;
            return this;
        }

        /** A number from 0 to 1, at most two decimals; 0.70 when null. */
        public Builder minConfidence(String minConfidence) {
            this.minConfidence = minConfidence;
            return this;
        }

        /** {@code auto} (the default when null), {@code always} or {@code never}. */
        public Builder qualifySchema(String qualifySchema) {
            this.qualifySchema = qualifySchema;
            return this;
        }

        /** A regular expression matched against whole column names, ignoring case; {@code version|lock_version} when null. */
        public Builder refreshedOnUpdateColumns(String refreshedOnUpdateColumns) {
            this.refreshedOnUpdateColumns = refreshedOnUpdateColumns;
            return this;
        }

        public Builder versionColumns(String versionColumns) {
            this.versionColumns = versionColumns;
            return this;
        }

        /** @throws ConfigException naming the first wrong parameter */
        public ReverseConfig build() {
            if (isBlank(url)) {
                throw new ConfigException("metalorm.url is required: set it to the JDBC URL of the database,"
                        + " e.g. -Dmetalorm.url=jdbc:mysql://localhost:3306/shop.");
            }
            if (!url.trim().startsWith("jdbc:")) {
                throw new ConfigException("metalorm.url must be a JDBC URL starting with \"jdbc:\", not \"" + redactUrl(url.trim())
                        + "\", e.g. jdbc:postgresql://localhost:5432/shop.");
            }
            if (isBlank(packageName)) {
                throw new ConfigException("metalorm.packageName is required: set it to the Java package of the generated"
                        + " entities, e.g. -Dmetalorm.packageName=com.acme.model.");
            }
            String pkg = packageName.trim();
            if (!SourceVersion.isName(pkg, SourceVersion.RELEASE_17)) {
                throw new ConfigException("metalorm.packageName \"" + pkg + "\" is not a valid Java package name:"
                        + " use dot-separated identifiers that are not keywords, e.g. com.acme.model.");
            }
            if (outputDirectory == null) {
                throw new ConfigException("metalorm.outputDirectory is required: set it to a source root such as src/main/java.");
            }
            String chosen = introspector == null ? "auto" : introspector.trim().toLowerCase(Locale.ROOT);
            if (!INTROSPECTORS.contains(chosen)) {
                throw new ConfigException("metalorm.introspector must be auto, sql or schemacrawler, not \"" + introspector + "\".");
            }
            return new ReverseConfig(url.trim(), blankToNull(user), password, blankToNull(schema), pkg, outputDirectory,
                    patterns("metalorm.includes", includes), patterns("metalorm.excludes", excludes),
                    includeViews, force, chosen, overrides(), reportFile, lockFile, generationGap, suggestionOptions(),
                    diagramDirectory, qualify(), versionPattern(), refreshedOnUpdatePattern(), generateEnums);
        }

        private QualifySchema qualify() {
            return switch (isBlank(qualifySchema) ? "auto" : qualifySchema.trim().toLowerCase(Locale.ROOT)) {
                case "auto" -> QualifySchema.AUTO;
                case "always", "true" -> QualifySchema.ALWAYS;
                case "never", "false" -> QualifySchema.NEVER;
                default -> throw new ConfigException("metalorm.qualifySchema must be auto, always or never, not \"" + qualifySchema
                        + "\": auto names the schema in @Entity when it is not the connection's current one.");
            };
        }

        private Pattern versionPattern() {
            // "none" turns @Version off: a pattern that matches no column name
            return columnPattern("metalorm.versionColumns",
                    versionColumns == null ? RenderOptions.DEFAULT_VERSION_COLUMNS : versionColumns, "version|lock_version");
        }

        private Pattern refreshedOnUpdatePattern() {
            return columnPattern("metalorm.refreshedOnUpdateColumns", refreshedOnUpdateColumns == null ? "" : refreshedOnUpdateColumns,
                    "last_update|updated_at");
        }

        /** A pom regex on whole column names, ignoring case; empty or {@code none} for a pattern matching no name. */
        private static Pattern columnPattern(String option, String value, String example) {
            String regex = value.trim();
            if (regex.isEmpty() || regex.equalsIgnoreCase("none")) {
                return RenderOptions.NONE;
            }
            try {
                return RenderOptions.versionPattern(regex);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(option + ": \"" + regex + "\" is not a valid regular expression ("
                        + e.getDescription() + " near index " + e.getIndex() + "); give one Java regex for whole column names,"
                        + " such as " + example + ".");
            }
        }

        private SuggestionOptions suggestionOptions() {
            InferRelations infer = switch (isBlank(inferRelations) ? "off" : inferRelations.trim().toLowerCase(Locale.ROOT)) {
                case "off", "false", "none" -> InferRelations.OFF;
                case "naming" -> InferRelations.NAMING;
                default -> throw new ConfigException("metalorm.inferRelations must be off or naming, not \"" + inferRelations
                        + "\": naming suggests relations from column names where the schema declares no foreign key.");
            };
            VerifyRelations verify = switch (isBlank(verifyRelations) ? "off" : verifyRelations.trim().toLowerCase(Locale.ROOT)) {
                case "off", "false", "none" -> VerifyRelations.OFF;
                case "sample" -> VerifyRelations.SAMPLE;
                default -> throw new ConfigException("metalorm.verifyRelations must be off or sample, not \"" + verifyRelations
                        + "\": sample checks each suggested relation with one bounded query.");
            };
            int min = SuggestionOptions.DEFAULT_MIN_CONFIDENCE;
            if (!isBlank(minConfidence)) {
                String text = minConfidence.trim();
                java.math.BigDecimal value;
                try {
                    value = new java.math.BigDecimal(text);
                } catch (NumberFormatException e) {
                    value = null;
                }
                if (value == null || value.signum() < 0 || value.compareTo(java.math.BigDecimal.ONE) > 0 || value.scale() > 2) {
                    throw new ConfigException("metalorm.minConfidence must be a number from 0 to 1 with at most two decimals,"
                            + " e.g. 0.70, not \"" + text + "\".");
                }
                min = value.movePointRight(2).intValueExact();
            }
            return new SuggestionOptions(infer, verify, min);
        }

        private Overrides overrides() {
            List<TableOverride> tableOverrides = new ArrayList<>();
            Set<String> seenTables = new HashSet<>();
            for (TableConfig t : tables) {
                if (t == null || isBlank(t.getName())) {
                    throw new ConfigException("<tables>: every <table> needs a <name>, the table's name as the database spells it.");
                }
                String table = t.getName().trim();
                String where = "<table> " + table;
                if (!seenTables.add(table)) {
                    throw new ConfigException(where + " is configured twice in <tables>: merge the two entries.");
                }
                String className = blankToNull(t.getClassName());
                if (className != null && !isJavaIdentifier(className)) {
                    throw new ConfigException(where + ": <className> \"" + className + "\" is not a valid Java class name.");
                }
                tableOverrides.add(new TableOverride(table, className, junction(where, t.getJunction()), columns(where, t)));
            }
            List<RelationOverride> relationOverrides = new ArrayList<>();
            Set<String> seenRelations = new HashSet<>();
            for (RelationConfig r : relations) {
                if (r == null || isBlank(r.getTable()) || isBlank(r.getForeignKey())) {
                    throw new ConfigException("<relations>: every <relation> needs a <table> and a <foreignKey>"
                            + " (the constraint name, or its columns joined with \",\").");
                }
                String table = r.getTable().trim();
                String foreignKey = r.getForeignKey().replace(" ", "");
                String where = "<relation> " + table + "." + foreignKey;
                if (!seenRelations.add(table + "\u0000" + foreignKey)) {
                    throw new ConfigException(where + " is configured twice in <relations>: merge the two entries.");
                }
                String references = blankToNull(r.getReferences());
                String referencedTable = null;
                List<String> referencedColumns = List.of();
                if (references != null) {
                    java.util.regex.Matcher m = REFERENCES.matcher(references);
                    if (!m.matches()) {
                        throw new ConfigException(where + ": <references> \"" + references + "\" must name a table, e.g. users,"
                                + " or a table and its columns, e.g. users(id).");
                    }
                    referencedTable = m.group(1).trim();
                    referencedColumns = m.group(2) == null ? List.of()
                            : java.util.Arrays.stream(m.group(2).split(",")).map(String::trim).toList();
                    if (referencedColumns.stream().anyMatch(String::isEmpty)) {
                        throw new ConfigException(where + ": <references> \"" + references + "\" has an empty column name.");
                    }
                }
                InferredChoice inferred = inferred(where, r.getInferred());
                if (inferred != null && references != null) {
                    throw new ConfigException(where + " sets both <references> and <inferred>: <references> already declares the"
                            + " relation, so remove <inferred>.");
                }
                relationOverrides.add(new RelationOverride(table, foreignKey, field(where, "name", r.getName()),
                        field(where, "inverseName", r.getInverseName()), field(where, "manyToManyName", r.getManyToManyName()),
                        referencedTable, referencedColumns, inferred));
            }
            return new Overrides(tableOverrides, relationOverrides, TablePrefixes.parse(stripTablePrefix));
        }

        private static InferredChoice inferred(String where, String inferred) {
            if (isBlank(inferred)) {
                return null;
            }
            return switch (inferred.trim().toLowerCase(Locale.ROOT)) {
                case "accept" -> InferredChoice.ACCEPT;
                case "reject" -> InferredChoice.REJECT;
                default -> throw new ConfigException(where + ": <inferred> must be accept or reject, not \"" + inferred + "\".");
            };
        }

        private static JunctionChoice junction(String where, String junction) {
            if (isBlank(junction)) {
                return JunctionChoice.INFER;
            }
            return switch (junction.trim().toLowerCase(Locale.ROOT)) {
                case "force" -> JunctionChoice.FORCE;
                case "deny" -> JunctionChoice.DENY;
                case "infer" -> JunctionChoice.INFER;
                default -> throw new ConfigException(where + ": <junction> must be force, deny or infer, not \"" + junction + "\".");
            };
        }

        private static List<ColumnOverride> columns(String where, TableConfig t) {
            List<ColumnOverride> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ColumnConfig c : t.getColumns() == null ? List.<ColumnConfig>of() : t.getColumns()) {
                if (c == null || isBlank(c.getName())) {
                    throw new ConfigException(where + ": every <column> needs a <name>, the column's name as the database spells it.");
                }
                String column = c.getName().trim();
                String at = where + " <column> " + column;
                if (!seen.add(column)) {
                    throw new ConfigException(at + " is configured twice: merge the two entries.");
                }
                String javaType = blankToNull(c.getJavaType());
                if (javaType != null && !JAVA_TYPE.matcher(javaType.trim()).matches()) {
                    throw new ConfigException(at + ": <javaType> \"" + javaType + "\" is not a fully-qualified class name"
                            + " (e.g. java.time.Instant) or byte[].");
                }
                result.add(new ColumnOverride(column, field(at, "field", c.getField()), javaType == null ? null : javaType.trim()));
            }
            return result;
        }

        private static String field(String where, String element, String value) {
            String name = blankToNull(value);
            if (name != null && !isJavaIdentifier(name)) {
                throw new ConfigException(where + ": <" + element + "> \"" + name + "\" is not a valid Java field name.");
            }
            return name;
        }

        private static List<Pattern> patterns(String property, String csv) {
            List<Pattern> result = new ArrayList<>();
            if (csv == null) {
                return result;
            }
            for (String part : csv.split(",")) {
                String regex = part.trim();
                if (regex.isEmpty()) {
                    continue;
                }
                try {
                    result.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw new ConfigException(property + ": \"" + regex + "\" is not a valid regular expression ("
                            + e.getDescription() + " near index " + e.getIndex() + "); give comma-separated Java regexes such as users|orders,audit_.*.");
                }
            }
            return result;
        }
    }

    private static boolean isJavaIdentifier(String s) {
        return SourceVersion.isIdentifier(s) && !SourceVersion.isKeyword(s, SourceVersion.RELEASE_17);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
