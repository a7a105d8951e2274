package org.offpiste.teamboard;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.ui.TaskExecutor;

/**
 * The Connect (or Publish) to a team board dialog: the address, the password and whether to keep
 * it in the keyring; connecting in the background, with a Cancel. The password comes from the
 * field, else the keyring entry of that address, else {@value TeamPasswords#VARIABLE}; it is never
 * kept anywhere else. A failure shows its message here; success hands the open board over.
 */
public final class TeamBoardViewModel {
    /** Connect to a board, or publish the open project to an empty one. */
    public enum Mode { CONNECT, PUBLISH }

    /** EDITING the fields, WORKING (connecting), FAILED (the error shows), DONE (the board is open). */
    public enum State { EDITING, WORKING, FAILED, DONE }

    /** The fields that are checked. */
    public enum Field { HOST, PORT, DATABASE, USER }

    /** Opens the board at an address with a password (on a background thread). */
    @FunctionalInterface
    public interface Opener {
        Session open(TeamBoardAddress address, char[] password);
    }

    private static final Logger LOG = Logger.getLogger(TeamBoardViewModel.class.getName());
    private final Mode mode;
    private final Messages m;
    private final TaskExecutor executor;
    private final TeamPasswords passwords;
    private final Opener opener;
    private final BiConsumer<Session, TeamBoardAddress> opened;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(TeamBoardAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.PREFER);
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canRemember = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private long attempt;

    /**
     * @param executor background work (connecting, the keyring)
     * @param opened   receives the open board on the UI thread
     */
    public TeamBoardViewModel(Mode mode, Messages messages, TaskExecutor executor, TeamPasswords passwords,
                              Opener opener, BiConsumer<Session, TeamBoardAddress> opened) {
        this.mode = mode;
        this.m = messages;
        this.executor = executor;
        this.passwords = passwords;
        this.opener = opener;
        this.opened = opened;
        this.valid = Bindings.createBooleanBinding(() -> address().isPresent(), host, port, database, user, tls);
        executor.run(passwords::canRemember, canRemember::set, e -> canRemember.set(false));
    }

    // ---- Properties

    public Mode mode() {
        return mode;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** True once a keyring answered on this machine (checked in the background). */
    public ReadOnlyBooleanProperty canRememberProperty() {
        return canRemember.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What is happening, or what went wrong, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the fields make an address. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Why {@code value} does not fit {@code field}, or empty. */
    public Optional<String> problem(Field field, String value) {
        String v = value == null ? "" : value.strip();
        return switch (field) {
            case HOST -> v.isEmpty() ? Optional.of(m.get("teamboard.validation.host")) : Optional.empty();
            case DATABASE -> v.isEmpty() ? Optional.of(m.get("teamboard.validation.database")) : Optional.empty();
            case USER -> v.isEmpty() ? Optional.of(m.get("teamboard.validation.user")) : Optional.empty();
            case PORT -> port(v) > 0 ? Optional.empty() : Optional.of(m.get("teamboard.validation.port"));
        };
    }

    /** The address the fields make, if they make one. */
    public Optional<TeamBoardAddress> address() {
        int p = port(port.get() == null ? "" : port.get().strip());
        if (p < 0 || problem(Field.HOST, host.get()).isPresent() || problem(Field.DATABASE, database.get()).isPresent()
                || problem(Field.USER, user.get()).isPresent() || tls.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new TeamBoardAddress(host.get(), p, database.get(), user.get(), tls.get()));
    }

    /** Fills the fields from a board connected to before. */
    public void fill(TeamBoardAddress a) {
        host.set(a.host());
        port.set(String.valueOf(a.port()));
        database.set(a.database());
        user.set(a.user());
        tls.set(a.tls());
    }

    // ---- Commands

    /** Connects (or publishes) in the background; nothing happens while fields are wrong or work is running. */
    public void submit() {
        Optional<TeamBoardAddress> target = address();
        if (target.isEmpty() || state.get() == State.WORKING || state.get() == State.DONE) {
            return;
        }
        TeamBoardAddress a = target.get();
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        boolean keep = remember.get() && typed.length > 0;
        long mine = ++attempt;
        state.set(State.WORKING);
        status.set(m.get(mode == Mode.CONNECT ? "teamboard.state.connecting" : "teamboard.state.publishing",
                a.display()));
        executor.run(() -> open(a, typed, keep), session -> {
            if (mine != attempt) {
                closeLater(session); // cancelled meanwhile
                return;
            }
            password.set("");
            state.set(State.DONE);
            status.set("");
            opened.accept(session, a);
        }, e -> {
            if (mine == attempt) {
                state.set(State.FAILED);
                status.set(describe(e, a));
            }
        });
    }

    /** Stops waiting for the connection (a board that opens after all is closed again). */
    public void cancel() {
        if (state.get() == State.WORKING) {
            attempt++;
            state.set(State.EDITING);
            status.set(m.get("teamboard.state.cancelled"));
        }
    }

    // ---- Internals

    private Session open(TeamBoardAddress a, char[] typed, boolean keep) {
        char[] secret = typed.length > 0 ? typed
                : passwords.fromKeyring(a).or(passwords::fromEnvironment).orElse(new char[0]);
        try {
            Session session = opener.open(a, secret);
            if (keep) {
                passwords.remember(a, secret);
            }
            return session;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void closeLater(Session session) {
        executor.run(() -> {
            session.close();
            return session;
        }, s -> { }, e -> LOG.log(Level.WARNING, "Closing a cancelled team board failed", e));
    }

    private String describe(Throwable e, TeamBoardAddress a) {
        if (e instanceof ProjectException pe) {
            if (pe.problem() == Problem.ALREADY_EXISTS && mode == Mode.PUBLISH) {
                return m.get("teamboard.publish.notEmpty", a.display());
            }
            return m.describe(pe);
        }
        LOG.log(Level.WARNING, "Connecting to a team board failed", e);
        return m.get("teamboard.error.unexpected", a.display());
    }

    /** The port number, or -1 when {@code text} is not one. */
    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
