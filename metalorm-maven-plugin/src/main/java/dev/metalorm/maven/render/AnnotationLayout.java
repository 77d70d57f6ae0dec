package dev.metalorm.maven.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaPoet puts every member of a field annotation on its own line, and every array element too.
 * A person writes {@code @Column(name = "id")} and {@code foreignKey = {"a", "b"}}: this joins an
 * annotation onto one line when it fits in {@link #MAX_LINE} columns, and otherwise keeps one member
 * per line with arrays inline. Safe because JavaPoet emits each string literal whole on one line,
 * so a line ending in '{' or starting with '}' is always array syntax, never literal text.
 */
final class AnnotationLayout {
    static final int MAX_LINE = 100;
    private static final Pattern OPEN = Pattern.compile("(\\s*)(@[\\w.$]+)\\(");

    private AnnotationLayout() {
    }

    static String compact(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPEN.matcher(lines[i]);
            int close = open.matches() ? closing(lines, i, open.group(1)) : -1;
            if (close < 0) {
                out.append(lines[i]);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                continue;
            }
            String indent = open.group(1);
            List<String> members = members(lines, i + 1, close);
            String oneLine = indent + open.group(2) + "(" + String.join(" ", members) + ")";
            if (oneLine.length() <= MAX_LINE) {
                out.append(oneLine).append('\n');
            } else {
                out.append(indent).append(open.group(2)).append("(\n");
                for (String member : members) {
                    out.append(indent).append("        ").append(member).append('\n');
                }
                out.append(indent).append(")\n");
            }
            i = close;
        }
        return out.toString();
    }

    private static int closing(String[] lines, int start, String indent) {
        for (int j = start + 1; j < lines.length; j++) {
            if (lines[j].equals(indent + ")")) {
                return j;
            }
            if (!lines[j].startsWith(indent + " ")) {
                return -1;
            }
        }
        return -1;
    }

    private static List<String> members(String[] lines, int from, int to) {
        List<String> members = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int j = from; j < to; j++) {
            String t = lines[j].trim();
            if (t.startsWith("}")) {
                depth--;
            }
            if (current.length() > 0 && current.charAt(current.length() - 1) != '{' && !t.startsWith("}")) {
                current.append(' ');
            }
            current.append(t);
            if (t.endsWith("{")) {
                depth++;
            }
            if (depth == 0) {
                members.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            members.add(current.toString());
        }
        return members;
    }
}
