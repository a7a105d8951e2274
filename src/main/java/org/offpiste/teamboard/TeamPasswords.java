package org.offpiste.teamboard;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.project.TeamBoardAddress;

/**
 * Where a team board's password comes from when nobody types it: this computer's keyring (one
 * entry per board address) or the environment variable {@value #VARIABLE}. A keyring that is
 * missing (a headless Linux) or fails is never fatal. Never logs a password, never puts one in
 * an exception, settings, a project or an export.
 */
public final class TeamPasswords {
    /** The environment variable holding the password of the boards this person connects to. */
    public static final String VARIABLE = "OFFPISTE_TEAM_PASSWORD";
    private static final Logger LOG = Logger.getLogger(TeamPasswords.class.getName());
    private final Map<String, String> environment;
    private final Supplier<KeyringBackend> keyring;
    private KeyringBackend opened;

    /** @param keyring opens the OS keyring, on first need (off the JavaFX thread) */
    public TeamPasswords(Map<String, String> environment, Supplier<KeyringBackend> keyring) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /** The keyring's account of a board: its address, never mistaken for a model provider's id. */
    static String account(TeamBoardAddress address) {
        return "team-board:" + address.display();
    }

    /** The password kept in this computer's keyring for {@code address}. */
    public Optional<char[]> fromKeyring(TeamBoardAddress address) {
        KeyringBackend k = keyring();
        if (k == null) {
            return Optional.empty();
        }
        try {
            return k.read(account(address)).filter(s -> !s.isEmpty()).map(String::toCharArray);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "Could not read the keyring entry of a team board: {0}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The password in {@value #VARIABLE}. */
    public Optional<char[]> fromEnvironment() {
        String value = environment.get(VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    /** True when a keyring answers on this machine. */
    public boolean canRemember() {
        return keyring() != null;
    }

    /** Keeps the password in the keyring; false (quietly) when there is none or it refuses. */
    public boolean remember(TeamBoardAddress address, char[] password) {
        KeyringBackend k = keyring();
        if (k == null || password.length == 0) {
            return false;
        }
        try {
            k.write(account(address), new String(password));
            return true;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "The keyring refused a team board's password: {0}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The keyring, opened once; null when this machine has none. */
    private synchronized KeyringBackend keyring() {
        if (opened == null) {
            try {
                opened = keyring.get();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.INFO, "No keyring for team board passwords: {0}", e.getClass().getSimpleName());
                return null;
            }
        }
        try {
            return opened.available() ? opened : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
