package dev.metalorm.maven.naming;

import java.util.Map;
import java.util.TreeMap;

/**
 * A junction's own word read as what it does to its rows, for names of several junctions between
 * the same tables: {@code blocks → blocked}, {@code uri_suggestions → suggested}, {@code notifications →
 * notified}. Deliberately small: words that end in {@code -ification} or {@code -ction}/{@code -stion},
 * and a list of verbs that junctions are commonly named by; any other word stays a noun
 * ({@code memberProjects}), which is never misspelled.
 */
final class Participles {
    private static final Map<String, String> KNOWN = new TreeMap<>();

    static {
        String[][] pairs = {
                {"block", "blocked"}, {"ban", "banned"}, {"bookmark", "bookmarked"}, {"favorite", "favorited"},
                {"favourite", "favourited"}, {"flag", "flagged"}, {"follow", "followed"}, {"hide", "hidden"},
                {"invite", "invited"}, {"invitation", "invited"}, {"like", "liked"}, {"mention", "mentioned"},
                {"mute", "muted"}, {"pin", "pinned"}, {"recommendation", "recommended"}, {"report", "reported"},
                {"request", "requested"}, {"save", "saved"}, {"share", "shared"}, {"star", "starred"},
                {"subscription", "subscribed"}, {"view", "viewed"}, {"visit", "visited"}, {"vote", "voted"},
                {"watch", "watched"}, {"assignment", "assigned"}, {"purchase", "purchased"}, {"rating", "rated"},
                {"review", "reviewed"}, {"approval", "approved"}, {"rejection", "rejected"},
        };
        for (String[] pair : pairs) {
            KNOWN.put(pair[0], pair[1]);
        }
    }

    private Participles() {
    }

    /** The participle of a lower-case noun or verb, or null when the rule does not know one. */
    static String of(String word) {
        String known = KNOWN.get(word);
        if (known != null) {
            return known;
        }
        if (word.endsWith("ification") && word.length() > 9) {
            return word.substring(0, word.length() - 9) + "ified"; // notification -> notified
        }
        if ((word.endsWith("ction") || word.endsWith("stion")) && word.length() > 6) {
            return word.substring(0, word.length() - 3) + "ed"; // suggestion -> suggested, selection -> selected
        }
        return null;
    }

    /** Whether a noun names who does something ({@code member}, {@code watcher}, {@code editor}, {@code assignee}). */
    static boolean isAgent(String word) {
        return word.length() > 4 && (word.endsWith("er") || word.endsWith("or") || word.endsWith("ee") || word.endsWith("ist"));
    }
}
