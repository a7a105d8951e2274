package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.ui.TaskExecutor;

/**
 * Keeps an open team board live in the window. Changes made by others are read again (the board,
 * the brief, and through the board's listeners the judgement screen), off the JavaFX thread, one
 * refresh at a time. When the server goes away, what the person had typed is kept on this computer
 * ({@link PendingFiles}) and the window shows the board as it was, read-only ({@link #offlineProperty()}:
 * the panes are disabled, and the project itself is read-only then); nothing can be read from the
 * server either, so the panes are not built again until it is back: then they are, writable, and
 * the kept edits are sent. Kept edits left from an earlier run are sent when the board opens. All
 * methods run on the JavaFX thread.
 */
public final class LiveBoard {
    private static final Logger LOG = Logger.getLogger(LiveBoard.class.getName());
    private final TaskExecutor executor;
    private final PendingFiles files;
    private final Supplier<Optional<OpenProject>> shown;
    private final Runnable rebuild;
    private final Consumer<PendingEdits.Sent> sent;
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private Session session;
    private TeamBoardAddress address;
    private BoardFeed.Subscription subscription;
    private boolean refreshing;
    private boolean again;

    /**
     * @param shown   the panes on view now
     * @param rebuild builds the panes again over the same session (read afresh, writable again)
     * @param sent    told once kept edits were sent (the idea edited or added is shown on the board)
     */
    LiveBoard(TaskExecutor executor, PendingFiles files, Supplier<Optional<OpenProject>> shown, Runnable rebuild,
              Consumer<PendingEdits.Sent> sent) {
        this.executor = executor;
        this.files = files;
        this.shown = shown;
        this.rebuild = rebuild;
        this.sent = sent;
    }

    /** True while the team board's server is away. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** Follows {@code s} if it is a team board (stops following the one before). */
    void follow(Session s) {
        stop();
        Optional<TeamBoardAddress> board = s.project().teamBoard();
        if (board.isEmpty()) {
            return;
        }
        session = s;
        address = board.get();
        subscription = s.project().feed().subscribe(new BoardFeed.Listener() {
            @Override
            public void changed() {
                executor.onUi(() -> {
                    if (session == s) {
                        refresh();
                    }
                });
            }

            @Override
            public void connection(boolean online) {
                executor.onUi(() -> {
                    if (session == s) {
                        connectionChanged(online);
                    }
                });
            }
        });
        sendPending();
    }

    /** Stops following the board (it is closing, or another one replaces it). */
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        subscription = null;
        session = null;
        address = null;
        refreshing = false;
        again = false;
        offline.set(false);
    }

    /** Reads the board and the brief again; a change during a refresh asks for one more after it. */
    private void refresh() {
        if (refreshing) {
            again = true;
            return;
        }
        refreshing = true;
        Session s = session;
        executor.run(() -> {
            s.board().changedElsewhere();
            s.brief().changedElsewhere();
            return s;
        }, done -> refreshed(done), e -> {
            LOG.log(Level.WARNING, "Reading the team board again failed", e);
            refreshed(s);
        });
    }

    private void refreshed(Session s) {
        if (session != s) {
            return;
        }
        refreshing = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    private void connectionChanged(boolean online) {
        if (offline.get() == !online) {
            return;
        }
        if (!online) {
            keepTyped();
            // Nothing more is saved from the form (a save or a flush on closing would wait for the server).
            shown.get().ifPresent(p -> p.brief().dispose());
            offline.set(true);
            return;
        }
        offline.set(false);
        rebuild.run();
        sendPending();
    }

    /** Writes what the panes hold unsaved to the board's pending file (before the panes are built again). */
    private void keepTyped() {
        Optional<PendingEdits> typed = shown.get().map(p -> PendingCapture.of(address.display(), p))
                .filter(p -> !p.isEmpty());
        if (typed.isEmpty()) {
            return;
        }
        TeamBoardAddress board = address;
        try {
            // At once, on this thread: nothing typed may wait for a queue while the app could crash.
            files.keep(board, typed.get()); // beside, not over, what another window kept for this board
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the typed text of " + board.display(), e);
        }
    }

    /** Sends the kept edits of this board, if any and if the board is writable; the file goes once they are in. */
    private void sendPending() {
        Session s = session;
        TeamBoardAddress board = address;
        executor.run(() -> {
            if (s.project().readOnly()) {
                return Optional.<PendingEdits.Sent>empty();
            }
            Optional<PendingEdits.Sent> done = Optional.empty();
            for (Path file : files.kept(board)) { // oldest first; each file goes once its edits are in
                Optional<PendingEdits> kept = files.read(file);
                if (kept.isPresent()) {
                    PendingEdits.Sent sentNow = kept.get().sendTo(s);
                    done = Optional.of(done.map(d -> new PendingEdits.Sent(
                            sentNow.idea() != null ? sentNow.idea() : d.idea(), d.conflict() || sentNow.conflict()))
                            .orElse(sentNow));
                }
                files.delete(file);
            }
            return done;
        }, done -> done.ifPresent(result -> {
            if (session == s) {
                sent.accept(result);
                if (result.idea() != null) {
                    shown.get().ifPresent(p -> p.board().reveal(result.idea()));
                }
            }
        }), e -> LOG.log(Level.WARNING, "Could not send the kept edits of " + board.display(), e));
    }
}
