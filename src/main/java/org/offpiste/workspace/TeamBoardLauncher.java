package org.offpiste.workspace;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import org.offpiste.settings.Settings;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.teamboard.TeamBoardViewModel;
import org.offpiste.ui.TaskExecutor;

/**
 * File › Connect to a Team Board…, Publish to a Team Board… and Recent Team Boards: opens the
 * dialog, and hands the board it opened to the window like a file. Remembers the addresses
 * (never a password) in the settings.
 */
public final class TeamBoardLauncher {
    private static final Logger LOG = Logger.getLogger(TeamBoardLauncher.class.getName());
    private final TeamBoardSupport support;
    private final TaskExecutor network;
    private final Settings settings;
    private final Supplier<Messages> messages;
    private final Supplier<Optional<OpenProject>> project;
    private final Consumer<Session> adopt;
    private final Consumer<Notice> notices;
    private final ReadOnlyObjectWrapper<TeamBoardViewModel> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ObservableList<TeamBoardAddress> recent = FXCollections.observableArrayList();

    TeamBoardLauncher(TeamBoardSupport support, TaskExecutor network, Settings settings, Supplier<Messages> messages,
                      Supplier<Optional<OpenProject>> project, Consumer<Session> adopt, Consumer<Notice> notices) {
        this.support = support;
        this.network = network;
        this.settings = settings;
        this.messages = messages;
        this.project = project;
        this.adopt = adopt;
        this.notices = notices;
        refreshRecent();
    }

    /** The dialog to show now, or null when it is closed. */
    public ReadOnlyObjectProperty<TeamBoardViewModel> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Team boards connected to, newest first. */
    public ObservableList<TeamBoardAddress> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** File › Connect to a Team Board…: an empty dialog, or the last board's address to start from. */
    public void connect() {
        show(dialog(TeamBoardViewModel.Mode.CONNECT, recent.stream().findFirst()));
    }

    /** File › Recent Team Boards › a board: the dialog on its address, connecting at once. */
    public void connect(TeamBoardAddress address) {
        TeamBoardViewModel vm = dialog(TeamBoardViewModel.Mode.CONNECT, Optional.of(address));
        show(vm);
        vm.submit();
    }

    /**
     * {@code offpiste open postgresql://…}: the dialog on that address, connecting at once when the
     * password is in {@value org.offpiste.teamboard.TeamPasswords#VARIABLE} or else in the keyring
     * (as the command line's other commands look for it); without one, it waits for the person to type it.
     */
    public void connectAtStart(TeamBoardAddress address) {
        network.run(() -> support.passwords().fromEnvironment().or(() -> support.passwords().fromKeyring(address)),
                found -> {
                    TeamBoardViewModel vm = dialog(TeamBoardViewModel.Mode.CONNECT, Optional.of(address));
                    found.ifPresent(secret -> {
                        vm.passwordProperty().set(new String(secret));
                        Arrays.fill(secret, '\0');
                    });
                    show(vm);
                    if (found.isPresent()) {
                        vm.submit();
                    }
                }, e -> {
                    LOG.log(Level.INFO, "No password found for a team board: {0}", e.getClass().getSimpleName());
                    show(dialog(TeamBoardViewModel.Mode.CONNECT, Optional.of(address)));
                });
    }

    /** File › Publish to a Team Board…: the open project onto an empty board, which then opens here. */
    public void publish() {
        if (project.get().map(p -> p.session().project().teamBoard().isEmpty()).orElse(false)) {
            show(dialog(TeamBoardViewModel.Mode.PUBLISH, Optional.empty()));
        }
    }

    /** The dialog was closed. */
    public void closed() {
        open.set(null);
    }

    private void show(TeamBoardViewModel vm) {
        if (open.get() == null) {
            open.set(vm);
        }
    }

    private TeamBoardViewModel dialog(TeamBoardViewModel.Mode mode, Optional<TeamBoardAddress> start) {
        TeamBoardViewModel.Opener opener = mode == TeamBoardViewModel.Mode.CONNECT
                ? support.sessions()::connect
                : publisher();
        TeamBoardViewModel vm = new TeamBoardViewModel(mode, messages.get(), network, support.passwords(), opener,
                (session, address) -> opened(mode, session, address));
        start.ifPresent(vm::fill);
        return vm;
    }

    /** Publishes the project open now, after its brief's last change is written. */
    private TeamBoardViewModel.Opener publisher() {
        OpenProject source = project.get().orElseThrow();
        source.brief().flush();
        return (address, password) -> support.sessions().publish(source.session().project(), address, password);
    }

    private void opened(TeamBoardViewModel.Mode mode, Session session, TeamBoardAddress address) {
        try {
            settings.addRecentBoard(TeamBoardUrl.format(address));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.INFO, "The team board is not remembered: {0}", e.getMessage());
        }
        refreshRecent();
        adopt.accept(session);
        if (mode == TeamBoardViewModel.Mode.PUBLISH) {
            notices.accept(new Notice(Notice.Kind.INFO, messages.get().get("teamboard.notice.published",
                    address.display())));
        }
    }

    private void refreshRecent() {
        recent.clear();
        for (String url : settings.recentBoards()) {
            try {
                recent.add(TeamBoardUrl.parse(url));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.INFO, "A remembered team board is not readable: {0}", e.getMessage());
            }
        }
    }
}
