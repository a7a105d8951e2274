package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.VoteService;

/**
 * An anonymous round stores no voter name with a ballot: not in the ballots, not in their votes, not in
 * anything that orders them. Who voted is kept apart (table {@code vote_participant}, so that each votes
 * once), with nothing that ties a name to a ballot: no ballot id, no time, no rowid.
 */
@Tag("file")
class AnonymousVoteFileTest {
    private static final List<String> PARTICIPANTS = List.of("Zéphyrine Quillfeather", "Bartholomew Oyelaran",
            "Søren Vandermolen", "Aoife Nakamura-Lindqvist");

    @TempDir
    Path dir;

    @Test
    void noParticipantsNameIsStoredWithOrBesideABallot() throws SQLException {
        Path file = dir.resolve("secret.offpiste");
        try (Project p = new SqliteProjectFiles().create(file)) {
            List<Long> ideas = new ArrayList<>();
            for (String title : List.of("Lanterns", "Fondue", "Sledges", "Torches")) {
                ideas.add(p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Host")).id());
            }
            VoteService votes = new VoteService(p.votes(), new SplittableRandom(1));
            long round = votes.open("Secret round", true, 2, 1, ideas).id();
            votes.cast(round, PARTICIPANTS.get(0), List.of(ideas.get(0), ideas.get(1)));
            votes.cast(round, PARTICIPANTS.get(1), List.of(ideas.get(2)));
            votes.cast(round, PARTICIPANTS.get(3), List.of(ideas.get(1), ideas.get(3)));
            votes.cast(round, PARTICIPANTS.get(2), List.of(ideas.get(3)));
            assertThat(votes.store().ballots(round)).isEqualTo(4);
            votes.close(round);
            assertThat(p.votes().ballotsOf(round)).hasSize(4).allSatisfy(b -> assertThat(b.voter()).isNull());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(rows(c, "SELECT COUNT(*) FROM ballot WHERE voter IS NOT NULL OR cast_at IS NOT NULL"))
                    .containsExactly("0");
            assertThat(rows(c, "SELECT COUNT(*) FROM ballot")).containsExactly("4");
            // Nothing in a ballot or its votes carries or sorts by a name: every text held there is scanned.
            List<String> texts = rows(c, "SELECT quote(id) || quote(round_id) || quote(voter) || quote(cast_at) FROM ballot"
                    + " UNION ALL SELECT quote(ballot_id) || quote(idea_id) || quote(dots) FROM ballot_vote");
            for (String name : PARTICIPANTS) {
                for (String form : List.of(name, name.toLowerCase(Locale.ROOT), name.split(" ")[1])) {
                    assertThat(texts).noneMatch(t -> t.contains(form));
                }
            }
            assertThat(columns(c, "ballot")).containsExactly("id", "round_id", "voter", "cast_at");
            assertThat(columns(c, "ballot_vote")).containsExactly("ballot_id", "idea_id", "dots");
            assertThat(rows(c, "SELECT sql FROM sqlite_master WHERE tbl_name IN ('ballot', 'ballot_vote')"
                    + " AND type IN ('index', 'trigger') AND sql IS NOT NULL")).noneMatch(sql -> sql.contains("vote_participant"));
            // Who voted: the names, and nothing else; no rowid (the table is kept in the order of the names).
            assertThat(columns(c, "vote_participant")).containsExactly("round_id", "voter");
            assertThat(rows(c, "SELECT voter FROM vote_participant")).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
            assertThat(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'vote_participant'"))
                    .singleElement().satisfies(sql -> assertThat(sql).contains("WITHOUT ROWID"));
            assertThatThrownBy(() -> rows(c, "SELECT rowid FROM vote_participant")).isInstanceOf(SQLException.class);
            assertThat(rows(c, "SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'vote_participant' AND type = 'trigger'"))
                    .containsExactly("0");
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        return rows(c, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
