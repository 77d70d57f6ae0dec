package dev.metalorm;

/**
 * The body of an {@code inTransaction} block that returns a value. It may throw a checked
 * exception; the block rolls back and rethrows it unchanged.
 *
 * @param <R> what the block returns
 * @param <E> the checked exception it may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface TransactionWork<R, E extends Exception> {
    R run(Session session) throws E;
}
