package dev.metalorm.support;

import dev.metalorm.ExecutedStatement;
import dev.metalorm.StatementListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records the SQL the runtime runs, for tests that check statement order and count. */
public final class StatementLog implements StatementListener {
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void executed(ExecutedStatement statement) {
        statements.add(statement.sql());
    }

    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** Only the statements starting with one of the verbs, e.g. "INSERT", "DELETE". */
    public List<String> only(String... verbs) {
        return statements().stream().filter(s -> {
            for (String v : verbs) {
                if (s.startsWith(v)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    public int count() {
        return statements.size();
    }

    public void clear() {
        statements.clear();
    }
}
