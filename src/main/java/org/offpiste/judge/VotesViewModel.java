package org.offpiste.judge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteService;

/**
 * The votes tab of the judgement screen: the rounds (kept), a new round's form, running an open
 * round participant after participant (each sees the candidates in a random order of their own,
 * and the last ballot is hidden before the next one), and a closed round's results. Results are
 * never read while a round is open. Every store call runs through the TaskExecutor; used on the
 * UI thread only.
 */
public final class VotesViewModel {
    private final JudgeContext context;
    private final ObservableList<RoundRow> rounds = FXCollections.observableArrayList();
    private final ObservableList<RoundRow> roundsShown = FXCollections.unmodifiableObservableList(rounds);
    private final ReadOnlyObjectWrapper<RoundRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.NONE);
    private final ObservableList<ResultBar> results = FXCollections.observableArrayList();
    private final ObservableList<ResultBar> resultsShown = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ReadOnlyObjectWrapper<String> replacing = new ReadOnlyObjectWrapper<>(this, "replacing");
    private final VoteBallot ballot = new VoteBallot();
    private final NewRoundForm form = new NewRoundForm();
    private final BooleanProperty teamBoard = new SimpleBooleanProperty(this, "teamBoard");
    private boolean disposed;

    /** What the tab's centre shows. */
    public enum Phase {
        /** No round chosen. */
        NONE,
        /** The form of a new round. */
        NEW,
        /** An open round between participants: only how many ballots were cast. */
        OPEN,
        /** A participant fills in a ballot. */
        BALLOT,
        /** A ballot was cast: "pass the laptop", the ballot hidden. */
        HANDOVER,
        /** A closed round's results. */
        CLOSED
    }

    /** A round in the list with how many ballots were cast. */
    public record RoundRow(VoteRound round, int ballots) {
        public long id() {
            return round.id();
        }
    }

    /** One candidate's bar in the results: {@code title} null when the idea was deleted; share of the most dots. */
    public record ResultBar(long ideaId, String title, int dots, int voters, double share) {
    }

    /** A message for the person: a key of the votes bundle and its arguments. */
    public record Notice(String key, List<Object> args) {
        public Notice {
            args = List.copyOf(args);
        }
    }

    public VotesViewModel(JudgeContext context) {
        this.context = context;
    }

    public ObservableList<RoundRow> getRounds() {
        return roundsShown;
    }

    public ReadOnlyObjectProperty<RoundRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The closed round's totals, most dots first (empty while a round is open). */
    public ObservableList<ResultBar> getResults() {
        return resultsShown;
    }

    /** The last refusal or failure; null when there is none. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** The participant whose earlier ballot Submit would replace, until the person confirms or not; else null. */
    public ReadOnlyObjectProperty<String> replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    public VoteBallot ballot() {
        return ballot;
    }

    public StringProperty newNameProperty() {
        return form.name;
    }

    /** The new round's candidates are the Inbox and the Shortlist (else the Shortlist only). */
    public BooleanProperty withInboxProperty() {
        return form.withInbox;
    }

    public IntegerProperty newDotsProperty() {
        return form.dots;
    }

    public BooleanProperty severalProperty() {
        return form.several;
    }

    /** With several dots per idea, at most so many on one idea; 0 (the default): all of a participant's dots. */
    public IntegerProperty maxPerIdeaProperty() {
        return form.maxPerIdea;
    }

    /** The project is a team board: each participant votes on their own computer, nobody passes a laptop. */
    public BooleanProperty teamBoardProperty() {
        return teamBoard;
    }

    /** The votes bundle key of what the screen after a cast ballot says. */
    public String handoverTextKey() {
        return teamBoard.get() ? "votes.handover.own" : "votes.handover.text";
    }

    public BooleanProperty anonymousProperty() {
        return form.anonymous;
    }

    /** Live ideas on the Shortlist. */
    public IntegerProperty shortlistedProperty() {
        return form.shortlisted;
    }

    /** Live ideas in the Inbox and on the Shortlist. */
    public IntegerProperty inboxAndShortlistProperty() {
        return form.inboxAndShortlist;
    }

    public boolean readOnly() {
        return context.readOnly();
    }

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
        VoteService votes = votes();
        context.executor().run(() -> new Snapshot(rows(votes), ids(Set.of(IdeaStatus.SHORTLIST)).size(),
                ids(Set.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST)).size()), this::show, this::failed);
    }

    /** Shows a round: its results when closed, else how many ballots were cast. */
    public void select(RoundRow row) {
        ballot.clear();
        replacing.set(null);
        selected.set(row);
        results.clear();
        if (row == null) {
            phase.set(Phase.NONE);
        } else if (row.round().closed()) {
            phase.set(Phase.CLOSED);
            loadResults(row.round());
        } else {
            phase.set(Phase.OPEN);
        }
    }

    /** Opens the form of a new round, named {@code suggestedName} until the person changes it. */
    public void startNew(String suggestedName) {
        if (readOnly()) {
            return;
        }
        ballot.clear();
        form.reset(suggestedName);
        phase.set(Phase.NEW);
    }

    public void cancelNew() {
        select(selected.get());
    }

    /** Opens the round of the form over the live ideas it names, and shows it. */
    public void openRound() {
        if (readOnly() || phase.get() != Phase.NEW) {
            return;
        }
        String name = form.name.get().strip();
        Set<IdeaStatus> statuses = form.statuses();
        int dots = form.dots.get();
        int maxPerIdea = form.mostPerIdea();
        boolean secret = form.anonymous.get();
        VoteService votes = votes();
        VoteRound shape = new VoteRound(0, name, secret, dots, maxPerIdea, List.of(), null, null);
        context.executor().run(() -> votes.open(name, secret, dots, maxPerIdea, ids(statuses)),
                round -> reloadAndSelect(round.id()), e -> refused(shape, e, "votes.error.invalid"));
    }

    /** Shows the next participant a fresh ballot: the candidates in their own random order. */
    public void nextParticipant() {
        RoundRow row = selected.get();
        if (readOnly() || row == null || row.round().closed()) {
            return;
        }
        VoteService votes = votes();
        context.executor().run(() -> VoteCards.cards(context.board().store(), votes.orderFor(row.round())), cards -> {
            notice.set(null);
            ballot.start(cards, row.round().allowance(), row.round().maxPerIdea());
            phase.set(Phase.BALLOT);
        }, this::failed);
    }

    /** Casts the ballot (else says the rule it breaks), then hides it; a name that voted already is asked about first. */
    public void submit() {
        cast(false);
    }

    /** Casts the ballot in place of the earlier one of the same name (the person confirmed). */
    public void confirmReplace() {
        if (replacing.get() != null) {
            replacing.set(null);
            cast(true);
        }
    }

    /** Keeps the earlier ballot: the participant may change the name or leave. */
    public void cancelReplace() {
        replacing.set(null);
    }

    private void cast(boolean replace) {
        RoundRow row = selected.get();
        if (readOnly() || row == null || phase.get() != Phase.BALLOT || replacing.get() != null) {
            return;
        }
        // In an anonymous round too: the name marks that the participant voted, apart from the ballot.
        String voter = ballot.voterProperty().get();
        List<Long> dots = ballot.dots();
        VoteService votes = votes();
        context.executor().run(() -> {
            votes.check(row.id(), voter, dots);
            Optional<String> earlier = replace ? Optional.empty() : votes.earlierVoter(row.id(), voter);
            if (earlier.isPresent()) {
                return new Cast(earlier.get(), 0);
            }
            votes.cast(row.id(), voter, dots);
            return new Cast(null, votes.store().ballots(row.id()));
        }, cast -> {
            notice.set(null);
            if (cast.earlier() != null) {
                replacing.set(cast.earlier());
                return;
            }
            ballot.clear();
            replace(new RoundRow(row.round(), cast.ballots()));
            phase.set(Phase.HANDOVER);
        }, e -> refused(row.round(), e));
    }

    /** Leaves a ballot unsent, or the hand-over screen: back to the open round. */
    public void backToRound() {
        ballot.clear();
        replacing.set(null);
        notice.set(null);
        if (selected.get() != null) {
            phase.set(Phase.OPEN);
        }
    }

    /** Closes the selected round (the view asked to confirm) and shows its results. */
    public void closeRound() {
        RoundRow row = selected.get();
        if (readOnly() || row == null || row.round().closed()) {
            return;
        }
        VoteService votes = votes();
        context.executor().run(() -> {
            votes.close(row.id());
            return row.id();
        }, this::reloadAndSelect, e -> refused(row.round(), e));
    }

    public void dispose() {
        disposed = true;
    }

    private void loadResults(VoteRound round) {
        VoteService votes = votes();
        context.executor().run(() -> VoteCards.bars(context.board().store(), votes.results(round.id())), bars -> {
            if (selected.get() != null && selected.get().id() == round.id() && phase.get() == Phase.CLOSED) {
                results.setAll(bars);
            }
        }, e -> refused(round, e));
    }

    private void reloadAndSelect(long roundId) {
        VoteService votes = votes();
        context.executor().run(() -> rows(votes), rows -> {
            rounds.setAll(rows);
            notice.set(null);
            select(rows.stream().filter(r -> r.id() == roundId).findFirst().orElse(null));
        }, this::failed);
    }

    private void show(Snapshot s) {
        if (disposed) {
            return;
        }
        form.shortlisted.set(s.shortlisted());
        form.inboxAndShortlist.set(s.inboxAndShortlist());
        rounds.setAll(s.rows());
        RoundRow was = selected.get();
        if (was == null && phase.get() == Phase.NONE && !s.rows().isEmpty()) {
            select(s.rows().get(0)); // the newest round rather than an empty screen
        }
        if (was == null) {
            return;
        }
        RoundRow now = s.rows().stream().filter(r -> r.id() == was.id()).findFirst().orElse(null);
        if (now == null) {
            selected.set(null);
            if (phase.get() != Phase.NEW) {
                select(null);
            }
        } else if (now.round().closed() != was.round().closed() && phase.get() != Phase.NEW) {
            select(now);
        } else {
            selected.set(now);
        }
    }

    private void replace(RoundRow row) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).id() == row.id()) {
                rounds.set(i, row);
            }
        }
        selected.set(row);
    }

    private List<RoundRow> rows(VoteService votes) {
        return votes.store().rounds().stream().map(r -> new RoundRow(r, votes.store().ballots(r.id()))).toList();
    }

    private List<Long> ids(Set<IdeaStatus> statuses) {
        return context.board().store().query(new IdeaQuery("", Set.of(), statuses, IdeaSort.CREATED)
                .withViewer(context.board().author())).stream()
                .map(Idea::id).toList();
    }

    private void refused(VoteRound round, Throwable e) {
        refused(round, e, "votes.error.notValid");
    }

    private void refused(VoteRound round, Throwable e, String invalidKey) {
        if (e instanceof VoteRuleException v) {
            notice.set(new Notice("votes.rule." + v.rule().name(),
                    List.of(round.name(), round.allowance(), round.maxPerIdea(), v.detail())));
        } else {
            failed(e, invalidKey);
        }
    }

    private void failed(Throwable e) {
        failed(e, "votes.error.notValid");
    }

    private void failed(Throwable e, String invalidKey) {
        notice.set(e instanceof IllegalArgumentException ? new Notice(invalidKey, List.of())
                : new Notice("votes.error.failed", List.of(String.valueOf(e.getMessage()))));
    }

    private VoteService votes() {
        return context.judgement().votes();
    }

    /** A submit's outcome: the name holding an earlier ballot (nothing cast), or the ballots now cast. */
    private record Cast(String earlier, int ballots) { }

    private record Snapshot(List<RoundRow> rows, int shortlisted, int inboxAndShortlist) { }
}
