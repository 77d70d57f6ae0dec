package dev.metalorm;

import java.sql.Connection;

/** The SQL transaction isolation levels, as JDBC names them. */
public enum Isolation {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    Isolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The {@code Connection.TRANSACTION_*} constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
