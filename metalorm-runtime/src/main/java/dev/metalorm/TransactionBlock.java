package dev.metalorm;

/**
 * The body of a {@code runInTransaction} block, which returns nothing. It may throw a checked
 * exception; the block rolls back and rethrows it unchanged.
 *
 * @param <E> the checked exception it may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface TransactionBlock<E extends Exception> {
    void run(Session session) throws E;
}
