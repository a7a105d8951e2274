package org.offpiste.llm;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OS keyring through java-keyring (macOS Keychain, Windows Credential Manager, the Secret
 * Service or KWallet on Linux). On a machine without one (a headless Linux) it is simply not
 * {@link #available()}; a keyring that breaks while in use becomes unavailable too.
 */
public final class JavaKeyring implements KeyringBackend {
    /** The service name the keys are kept under. */
    public static final String SERVICE = "Offpiste";
    private static final Logger LOG = Logger.getLogger(JavaKeyring.class.getName());

    private final Keyring keyring;
    private volatile boolean broken;

    public JavaKeyring() {
        this.keyring = open();
    }

    @Override
    public boolean available() {
        return keyring != null && !broken;
    }

    @Override
    public Optional<String> read(String account) throws Exception {
        requireAvailable();
        try {
            String secret = keyring.getPassword(SERVICE, account);
            return secret == null || secret.isBlank() ? Optional.empty() : Optional.of(secret);
        } catch (PasswordAccessException notThere) {
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            throw brokenBy(e);
        }
    }

    @Override
    public void write(String account, String secret) throws Exception {
        requireAvailable();
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (RuntimeException | LinkageError e) {
            throw brokenBy(e);
        }
    }

    @Override
    public void delete(String account) throws Exception {
        requireAvailable();
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException notThere) {
            LOG.fine(() -> "No keyring entry to delete for " + account);
        } catch (RuntimeException | LinkageError e) {
            throw brokenBy(e);
        }
    }

    private void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException("no OS keyring is available on this machine");
        }
    }

    private IllegalStateException brokenBy(Throwable e) {
        broken = true;
        LOG.log(Level.INFO, "The OS keyring failed; keys come from environment variables only: {0}",
                e.getClass().getName());
        return new IllegalStateException("the OS keyring failed: " + e.getClass().getSimpleName());
    }

    private static Keyring open() {
        try {
            return Keyring.create();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "No OS keyring on this machine ({0}); keys come from environment variables",
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
