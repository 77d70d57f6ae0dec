package dev.metalorm.maven.render;

/** Database comments and names as javadoc text that cannot end the comment or be read as markup. */
final class Javadoc {
    private Javadoc() {
    }

    /**
     * Escapes HTML specials, {@code @} (a tag at line start), {@code *}{@code /} (ends the comment)
     * and backslashes (javac reads unicode escapes even in comments). Line breaks are kept.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '@' -> sb.append("&#64;");
                case '\\' -> sb.append("&#92;");
                case '/' -> sb.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> sb.append(c == '\n' || !Character.isISOControl(c) ? c : ' ');
            }
        }
        return sb.toString();
    }

    /** A name as {@code {@code name}}, or as escaped {@code <code>} when braces would end the tag early. */
    static String code(String name) {
        String escaped = escape(name).replace('\n', ' ');
        if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0 || !escaped.equals(name)) {
            return "<code>" + escaped.replace("{", "&#123;").replace("}", "&#125;") + "</code>";
        }
        return "{@code " + name + "}";
    }
}
