package dev.metalorm.maven.naming;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * English singular and plural of one lower-case word, for table and relation names. Our own rules
 * (evo-inflector only pluralises, and says "persons"): uncountable words first, then an irregulars
 * list, then suffix rules. Words ending in a digit or other non-letter are left alone.
 *
 * <p>Singular: {@code people → person}, {@code categories → category}, {@code statuses → status},
 * {@code addresses → address}, {@code boxes → box}, {@code analyses → analysis}, {@code indices →
 * index}, {@code indexes → index}, {@code houses → house}; words already singular stay as they
 * are ({@code status}, {@code address}, {@code analysis}, {@code user}); {@code data}, {@code news},
 * {@code series} are uncountable.
 */
final class Inflector {
    private static final Set<String> UNCOUNTABLE = Set.of(
            "data", "metadata", "news", "series", "species", "equipment", "information", "rice", "money", "sheep",
            "fish", "deer", "media", "feedback", "staff", "software", "hardware", "firmware", "audio", "music",
            "traffic", "advice", "luggage", "baggage", "furniture", "knowledge", "research", "evidence", "weather",
            "police", "aircraft", "moose", "offspring", "bison", "salmon", "trout", "swine", "means", "headquarters",
            "chassis", "corps", "analytics", "economics", "mathematics", "physics", "ethics", "logistics", "statistics");

    /** singular → plural, for words the suffix rules get wrong. */
    private static final Map<String, String> IRREGULAR = new TreeMap<>();
    private static final Map<String, String> IRREGULAR_SINGULAR = new TreeMap<>();

    static {
        String[][] pairs = {
                {"person", "people"}, {"child", "children"}, {"man", "men"}, {"woman", "women"}, {"mouse", "mice"},
                {"goose", "geese"}, {"foot", "feet"}, {"tooth", "teeth"}, {"ox", "oxen"},
                {"index", "indices"}, {"matrix", "matrices"}, {"vertex", "vertices"}, {"appendix", "appendices"},
                {"criterion", "criteria"}, {"phenomenon", "phenomena"},
                {"crisis", "crises"}, {"thesis", "theses"}, {"diagnosis", "diagnoses"}, {"hypothesis", "hypotheses"},
                {"axis", "axes"},
                {"quiz", "quizzes"}, {"alias", "aliases"}, {"canvas", "canvases"}, {"atlas", "atlases"}, {"gas", "gases"},
                {"bias", "biases"},
                {"hero", "heroes"}, {"potato", "potatoes"}, {"tomato", "tomatoes"}, {"echo", "echoes"}, {"veto", "vetoes"},
                {"movie", "movies"}, {"cookie", "cookies"}, {"zombie", "zombies"}, {"rookie", "rookies"},
                {"selfie", "selfies"}, {"calorie", "calories"}, {"hippie", "hippies"}, {"genie", "genies"},
                {"cache", "caches"}, {"niche", "niches"}, {"headache", "headaches"}, {"avalanche", "avalanches"},
                {"wife", "wives"}, {"knife", "knives"}, {"life", "lives"}, {"leaf", "leaves"}, {"half", "halves"},
                {"shelf", "shelves"}, {"wolf", "wolves"}, {"thief", "thieves"}, {"calf", "calves"}, {"loaf", "loaves"},
                {"cactus", "cacti"}, {"stimulus", "stimuli"}, {"alumnus", "alumni"}, {"radius", "radii"},
                {"fungus", "fungi"}, {"syllabus", "syllabi"},
                {"use", "uses"}, {"excuse", "excuses"}, {"fuse", "fuses"}, {"abuse", "abuses"}, {"muse", "muses"},
                {"ruse", "ruses"},
                // words ending in "i" whose plural ends in "is", which reads as singular (analysis)
                {"uri", "uris"}, {"api", "apis"}, {"taxi", "taxis"}, {"ski", "skis"}, {"wiki", "wikis"}, {"emoji", "emojis"},
                {"kiwi", "kiwis"},
        };
        for (String[] pair : pairs) {
            IRREGULAR.put(pair[0], pair[1]);
            IRREGULAR_SINGULAR.put(pair[1], pair[0]);
        }
    }

    private Inflector() {
    }

    static String singular(String word) {
        if (!inflectable(word) || UNCOUNTABLE.contains(word)) {
            return word;
        }
        if (IRREGULAR_SINGULAR.containsKey(word)) {
            return IRREGULAR_SINGULAR.get(word);
        }
        if (IRREGULAR.containsKey(word) || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("sses")) {
            return cut(word, 2);
        }
        if (word.endsWith("uses")) {
            // houses, causes -> drop "s"; statuses, buses, bonuses -> drop "es"
            return isVowel(word.charAt(word.length() - 5)) ? cut(word, 1) : cut(word, 2);
        }
        if (word.endsWith("yses")) {
            return cut(word, 2) + "is";
        }
        if (word.endsWith("ies") && word.length() > 4 && !isVowel(word.charAt(word.length() - 4))) {
            return cut(word, 3) + "y";
        }
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("zzes")) {
            return cut(word, 2);
        }
        if (word.endsWith("s") && word.length() > 1) {
            return cut(word, 1);
        }
        return word;
    }

    static String plural(String word) {
        if (!inflectable(word)) {
            return word + "s";
        }
        if (UNCOUNTABLE.contains(word) || IRREGULAR_SINGULAR.containsKey(word)) {
            return word;
        }
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (word.endsWith("y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
            return cut(word, 1) + "ies";
        }
        if (word.endsWith("sis")) {
            return cut(word, 2) + "es";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static boolean inflectable(String word) {
        return !word.isEmpty() && word.charAt(word.length() - 1) >= 'a' && word.charAt(word.length() - 1) <= 'z';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String cut(String word, int n) {
        return word.substring(0, word.length() - n);
    }
}
