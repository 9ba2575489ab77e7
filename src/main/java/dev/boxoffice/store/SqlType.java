package dev.boxoffice.store;

import java.sql.Types;

/** The column types the store binds and reads; {@link Dialect} maps each onto its database. */
enum SqlType {
    TEXT(Types.VARCHAR),
    INTEGER(Types.INTEGER),
    BIGINT(Types.BIGINT),
    DOUBLE(Types.DOUBLE),
    BOOLEAN(Types.BOOLEAN),
    DATE(Types.DATE),
    TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE),
    BYTES(Types.BINARY);

    private final int jdbcType;

    SqlType(int jdbcType) {
        this.jdbcType = jdbcType;
    }

    /** The java.sql.Types code used when binding a null of this type. */
    int jdbcType() {
        return jdbcType;
    }
}
