package dev.metalorm.query;

import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set-based DELETE: {@code session.delete(Post.class).whereHasNot("comments").execute()}. Pending
 * changes are flushed first; afterwards the session's instances of the table whose rows are gone
 * are detached, and the loaded relations into the table are unloaded. The database decides about
 * children (foreign keys, ON DELETE); rows it deletes or changes by itself in other tables are not
 * followed: clear the session after such a delete. Without a condition it refuses to run unless
 * {@link #all()} says every row is meant.
 */
public final class Delete<T> {
    private final QueryRunner runner;
    private final TableModel table;
    private final Resolver resolver;
    private final List<SqlPredicate> conditions = new ArrayList<>();
    private boolean all;

    public Delete(QueryRunner runner, TableModel table) {
        this.runner = runner;
        this.table = table;
        this.resolver = new Resolver(runner.model());
        Writes.requireKey(table, "delete");
    }

    public Delete<T> where(Condition condition) {
        conditions.add(resolver.where(table, condition));
        return this;
    }

    public Delete<T> whereHas(String relationPath, Consumer<Filter> filter) {
        return where(Where.has(relationPath, filter));
    }

    public Delete<T> whereHas(String relationPath) {
        return where(Where.has(relationPath));
    }

    public Delete<T> whereHasNot(String relationPath, Consumer<Filter> filter) {
        return where(Where.hasNot(relationPath, filter));
    }

    public Delete<T> whereHasNot(String relationPath) {
        return where(Where.hasNot(relationPath));
    }

    /** Says that every row of the table is to be deleted, which {@link #execute()} otherwise refuses. */
    public Delete<T> all() {
        this.all = true;
        return this;
    }

    /** Runs the DELETE; returns the number of rows deleted. */
    public int execute() {
        Writes.requireCondition(table, "delete", conditions, all);
        return runner.execute(table, List.of(runner.statements().deleteWhere(table, SqlPredicate.allOf(conditions))),
                QueryRunner.WriteKind.DELETE, List.of());
    }
}
