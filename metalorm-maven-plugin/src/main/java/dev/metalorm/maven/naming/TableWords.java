package dev.metalorm.maven.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of database names as the naming rules see them, for stages that match names against each
 * other (relations suggested from column names): the same splitting ({@code comment_post_ID → comment,
 * post, id}, {@code userId → user, id}) and the same singulars ({@code people → person}) as class names.
 */
public final class TableWords {
    private TableWords() {
    }

    /** Lower-case ASCII words of a name: {@code wp_term_taxonomy → wp, term, taxonomy}. */
    public static List<String> words(String name) {
        return Words.split(name);
    }

    /** The words with the last one singular, as a class name is made: {@code wp_posts → wp, post}. */
    public static List<String> nounWords(String tableName) {
        List<String> words = new ArrayList<>(Words.split(tableName));
        if (!words.isEmpty()) {
            words.set(words.size() - 1, Inflector.singular(words.get(words.size() - 1)));
        }
        return words;
    }

    /** The singular of one lower-case word: {@code statuses → status}. */
    public static String singular(String word) {
        return Inflector.singular(word);
    }
}
