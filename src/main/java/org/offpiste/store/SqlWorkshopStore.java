package org.offpiste.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import org.offpiste.workshop.AgendaJson;
import org.offpiste.workshop.WorkshopState;
import org.offpiste.workshop.WorkshopStore;

/**
 * The running workshop in table {@code workshop_state} (one row, id 1): the agenda as JSON, flags
 * as 0/1, a running timer as the instant its round ends. Plain SQL that SQLite and PostgreSQL
 * both take.
 */
final class SqlWorkshopStore implements WorkshopStore {
    private static final String UPSERT = "INSERT INTO workshop_state"
            + " (id, agenda, block_index, running, ends_at, remaining_ms, revealed, updated_at)"
            + " VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET agenda = excluded.agenda,"
            + " block_index = excluded.block_index, running = excluded.running, ends_at = excluded.ends_at,"
            + " remaining_ms = excluded.remaining_ms, revealed = excluded.revealed, updated_at = excluded.updated_at";
    /** 1 while a silent round is not revealed (a new idea is then sealed), else 0: the value of {@code idea.sealed}. */
    static final String SEALING = "(SELECT count(*) FROM workshop_state WHERE revealed = 0)";
    private static final String UNSEAL = "UPDATE idea SET sealed = 0 WHERE sealed = 1";
    private final Database db;
    private final Times times;
    private final AgendaJson json = new AgendaJson();

    SqlWorkshopStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public Optional<WorkshopState> load() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT agenda, block_index, running, ends_at,"
                    + " remaining_ms, revealed FROM workshop_state WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new WorkshopState(json.read(rs.getString(1)), rs.getInt(2), rs.getInt(3) == 1,
                        Times.parse(rs.getString(4)), Duration.ofMillis(rs.getLong(5)), rs.getInt(6) == 1));
            }
        });
    }

    @Override
    public void save(WorkshopState state) {
        String agenda = json.write(state.agenda());
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                ps.setString(1, agenda);
                ps.setInt(2, state.blockIndex());
                ps.setInt(3, state.running() ? 1 : 0);
                ps.setString(4, state.endsAt() == null ? null : Times.format(state.endsAt()));
                ps.setLong(5, state.remaining().toMillis());
                ps.setInt(6, state.revealed() ? 1 : 0);
                ps.setString(7, Times.format(times.now()));
                ps.executeUpdate();
            }
            if (state.revealed()) {
                Database.execute(c, UNSEAL); // the silent round's ideas, shown to everyone
            }
            return null;
        });
    }

    @Override
    public void clear() {
        db.write(c -> {
            Database.execute(c, "DELETE FROM workshop_state");
            Database.execute(c, UNSEAL);
            return null;
        });
    }
}
