package org.offpiste.store;

/**
 * The SQL dialect of a project's database. The stores are written once, in SQL that SQLite and
 * PostgreSQL both take (RETURNING, ON CONFLICT … DO UPDATE, lower() for case-blind order); the
 * few places where the two differ ask their dialect for the fragment.
 */
enum Dialect {
    SQLITE,
    POSTGRES
}
