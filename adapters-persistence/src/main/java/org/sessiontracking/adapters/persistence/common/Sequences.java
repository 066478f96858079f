package org.sessiontracking.adapters.persistence.common;

import org.jooq.DSLContext;
import org.jooq.Table;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/** Allocates ids from a table's identity sequence before the row is inserted. */
public final class Sequences {

    private Sequences() {
    }

    public static long nextId(DSLContext db, Table<?> table) {
        return db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class, inline(table.getName())))
                .fetchSingle().value1();
    }
}
