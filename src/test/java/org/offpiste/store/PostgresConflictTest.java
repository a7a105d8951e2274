package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.offpiste.board.BoardService;
import org.offpiste.board.EditResult;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewIdea;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionChange;
import org.offpiste.board.VersionKind;
import org.offpiste.board.WrittenEdit;
import org.offpiste.project.Project;

/**
 * Two people editing one idea of a team board, each through their own connection (their own open
 * board, as on two machines): a write based on a stale state is refused, nothing is overwritten, both
 * texts are kept as versions, and when edits race, exactly one wins each round.
 */
class PostgresConflictTest {
    private static final int ROUNDS = 15;

    private static Idea text(Idea idea, String title) {
        return idea.withContent(title, title + " body", List.of("night"), idea.status());
    }

    private static NewVersion edited(String by) {
        return new NewVersion(VersionKind.EDITED, "", "", List.of(), by, false, null, null, null);
    }

    @Test
    void aWriteBasedOnAStaleStateIsRefusedOnATeamBoard() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project ana = board.open(); Project ben = board.open()) {
            Idea seen = ana.ideas().add(new NewIdea("Lanterns", "", List.of(), IdeaStatus.INBOX, "Ana"));

            Optional<WrittenEdit> byBen = ben.ideas().updateIfUnchanged(text(seen, "Ben's lanterns"), seen.updatedAt(),
                    VersionChange.add(edited("Ben")));
            Optional<WrittenEdit> byAna = ana.ideas().updateIfUnchanged(text(seen, "Ana's lanterns"), seen.updatedAt(),
                    VersionChange.add(edited("Ana")));

            assertThat(byBen).isPresent();
            assertThat(byAna).isEmpty();
            assertThat(ana.ideas().find(seen.id()).orElseThrow().title()).isEqualTo("Ben's lanterns");
            assertThat(ana.versions().history(seen.id())).extracting(IdeaVersion::title)
                    .containsExactly("Lanterns", "Ben's lanterns");
            assertThat(byBen.get().version().parentId()).isEqualTo(ana.versions().history(seen.id()).get(0).id());
        }
    }

    @Test
    void twoPeopleOnTwoConnectionsGetAConflictAndBothTextsAreKept() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p1 = board.open(); Project p2 = board.open()) {
            BoardService ana = new BoardService(p1.ideas(), () -> "Ana");
            BoardService ben = new BoardService(p2.ideas(), () -> "Ben");
            Idea seen = ana.add("Lanterns", "", List.of("night"), IdeaStatus.INBOX);

            EditResult byBen = ben.saveDraft(new Object(), seen, "Ben's lanterns", "", List.of("night"), IdeaStatus.INBOX);
            EditResult byAna = ana.saveDraft(new Object(), seen, "Ana's lanterns", "", List.of("night"),
                    IdeaStatus.INBOX);

            assertThat(byBen.conflicted()).isFalse();
            assertThat(byAna.conflicted()).isTrue();
            assertThat(byAna.conflict().by()).isEqualTo("Ben");
            assertThat(p1.ideas().find(seen.id()).orElseThrow().title()).isEqualTo("Ben's lanterns");
            assertThat(p2.versions().history(seen.id())).extracting(IdeaVersion::kind, IdeaVersion::title)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(VersionKind.CREATED, "Lanterns"),
                            org.assertj.core.groups.Tuple.tuple(VersionKind.EDITED, "Ben's lanterns"),
                            org.assertj.core.groups.Tuple.tuple(VersionKind.CONFLICTED, "Ana's lanterns"));

            Idea mine = ana.restore(byAna.conflict().mine().id());

            assertThat(p2.ideas().find(seen.id()).orElseThrow().title()).isEqualTo("Ana's lanterns");
            assertThat(mine.title()).isEqualTo("Ana's lanterns");
        }
    }

    @Test
    void twoClientsRacingEditsOfOneIdeaExactlyOneWinsEachRoundAndEveryTextIsKept() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p1 = board.open(); Project p2 = board.open()) {
            List<BoardService> people = List.of(new BoardService(p1.ideas(), () -> "Ana"),
                    new BoardService(p2.ideas(), () -> "Ben"));
            long id = people.get(0).add("Lanterns", "", List.of(), IdeaStatus.INBOX).id();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Set<String> typed = new HashSet<>();
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    Idea base = p1.ideas().find(id).orElseThrow();
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<EditResult>> edits = new ArrayList<>();
                    for (BoardService person : people) {
                        String title = person.author() + " " + round;
                        typed.add(title);
                        edits.add(pool.submit(() -> {
                            start.await(30, TimeUnit.SECONDS);
                            return person.edit(base, title, "", List.of("round"), IdeaStatus.INBOX);
                        }));
                    }
                    List<EditResult> results = new ArrayList<>();
                    for (Future<EditResult> f : edits) {
                        results.add(f.get(60, TimeUnit.SECONDS));
                    }

                    assertThat(results).filteredOn(EditResult::conflicted).hasSize(1);
                    EditResult won = results.stream().filter(r -> !r.conflicted()).findFirst().orElseThrow();
                    EditResult lost = results.stream().filter(EditResult::conflicted).findFirst().orElseThrow();
                    assertThat(p2.ideas().find(id).orElseThrow().title()).isEqualTo(won.idea().title());
                    assertThat(lost.conflict().theirs().title()).isEqualTo(won.idea().title());
                    assertThat(lost.conflict().by()).isNotEqualTo(lost.conflict().mine().madeBy());
                }
            } finally {
                pool.shutdownNow();
            }
            List<IdeaVersion> history = p1.versions().history(id);
            assertThat(history).filteredOn(v -> v.kind() == VersionKind.EDITED).hasSize(ROUNDS);
            assertThat(history).filteredOn(v -> v.kind() == VersionKind.CONFLICTED).hasSize(ROUNDS);
            assertThat(history).extracting(IdeaVersion::title).containsAll(typed);
        }
    }

    @Test
    void aWriteWaitingForAnotherTransactionOnTheIdeaIsRefusedOnceThatOneCommits() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board(); Project ben = board.open();
             java.sql.Connection other = board.connect()) {
            Idea seen = ben.ideas().add(new NewIdea("Lanterns", "", List.of(), IdeaStatus.INBOX, "Ana"));
            other.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = other.prepareStatement(
                    "UPDATE idea SET title = 'Ana''s lanterns', updated_at = ? WHERE id = ? AND updated_at = ?")) {
                ps.setString(1, Times.format(seen.updatedAt().plusSeconds(1)));
                ps.setLong(2, seen.id());
                ps.setString(3, Times.format(seen.updatedAt()));
                assertThat(ps.executeUpdate()).isEqualTo(1); // the row is Ana's transaction's until it ends
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Optional<WrittenEdit>> byBen = pool.submit(() -> ben.ideas().updateIfUnchanged(
                        text(seen, "Ben's lanterns"), seen.updatedAt(), VersionChange.add(edited("Ben"))));
                Thread.sleep(500);
                assertThat(byBen).isNotDone(); // waiting for Ana's transaction
                other.commit();

                assertThat(byBen.get(30, TimeUnit.SECONDS)).isEmpty();
            } finally {
                pool.shutdownNow();
            }
            assertThat(ben.ideas().find(seen.id()).orElseThrow().title()).isEqualTo("Ana's lanterns");
            assertThat(ben.versions().history(seen.id())).extracting(IdeaVersion::title).containsExactly("Lanterns");
        }
    }
}
