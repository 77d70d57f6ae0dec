package dev.metalorm.maven.naming;

import java.util.Map;
import java.util.TreeMap;

/**
 * The members of one entity class as they are claimed: field names and the accessor names they
 * give, each with what holds it ("column author", "relation posts:belongs_to:posts.fk_posts_author").
 */
final class Members {
    private final Map<String, String> fields = new TreeMap<>();
    private final Map<String, String> accessors = new TreeMap<>();

    /** What holds {@code field}, or holds its getter/setter name, or null. */
    String holder(String field) {
        String holder = fields.get(field);
        if (holder == null) {
            holder = accessors.get(JavaIdentifiers.getter(field));
        }
        return holder;
    }

    boolean isColumnField(String field) {
        String holder = fields.get(field);
        return holder != null && holder.startsWith("column ");
    }

    void claim(String field, String holder) {
        fields.put(field, holder);
        accessors.put(JavaIdentifiers.getter(field), holder);
    }

    /** Why a user-chosen field name cannot be used, or null when it can. */
    String problemWithOverride(String field) {
        if (!JavaIdentifiers.isIdentifier(field)) {
            return "is not a Java identifier";
        }
        if (JavaIdentifiers.isReservedMember(field)) {
            return "is a Java keyword, literal or restricted identifier";
        }
        if (JavaIdentifiers.getter(field).equals("getClass")) {
            return "would give the getter getClass(), which Object declares final";
        }
        return null;
    }
}
