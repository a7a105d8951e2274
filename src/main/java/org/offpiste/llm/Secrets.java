package org.offpiste.llm;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Provider keys: the provider's environment variable first ({@link ProviderKind#keyVariable()}),
 * then the OS keyring (service {@value JavaKeyring#SERVICE}, account = the provider's id).
 * A keyring that is missing or fails is never fatal: keys then come from the environment only.
 * Never logs a key, never puts one in an exception.
 */
public final class Secrets implements SecretStore {
    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private final Map<String, String> environment;
    private final KeyringBackend keyring;
    private final Map<ProviderKind, Optional<String>> keyringCache = new ConcurrentHashMap<>();

    public Secrets(Map<String, String> environment, KeyringBackend keyring) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    @Override
    public Optional<String> key(ProviderKind kind) {
        Optional<String> fromEnvironment = fromEnvironment(kind);
        return fromEnvironment.isPresent() ? fromEnvironment : fromKeyring(kind);
    }

    @Override
    public Source source(ProviderKind kind) {
        if (fromEnvironment(kind).isPresent()) {
            return Source.ENVIRONMENT;
        }
        return fromKeyring(kind).isPresent() ? Source.KEYRING : Source.NONE;
    }

    @Override
    public boolean canStore() {
        try {
            return keyring.available();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void store(ProviderKind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an empty key cannot be stored for " + kind.id());
        }
        if (!canStore()) {
            throw new IllegalStateException("No OS keyring is available on this machine to store the key for "
                    + kind.id() + "; set " + variableName(kind) + " in the environment instead");
        }
        try {
            keyring.write(kind.id(), key.strip());
            keyringCache.put(kind, Optional.of(key.strip()));
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("The OS keyring refused to store the key for " + kind.id() + " ("
                    + e.getClass().getSimpleName() + "); set " + variableName(kind) + " in the environment instead");
        }
    }

    @Override
    public void forget(ProviderKind kind) {
        keyringCache.put(kind, Optional.empty());
        if (!canStore()) {
            return;
        }
        try {
            keyring.delete(kind.id());
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "Could not delete the keyring entry for {0}: {1}",
                    new Object[] {kind.id(), e.getClass().getSimpleName()});
        }
    }

    private Optional<String> fromEnvironment(ProviderKind kind) {
        String variable = kind.keyVariable();
        if (variable == null) {
            return Optional.empty();
        }
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private Optional<String> fromKeyring(ProviderKind kind) {
        if (kind.keyVariable() == null || !canStore()) {
            return Optional.empty();
        }
        return keyringCache.computeIfAbsent(kind, this::readKeyring);
    }

    private Optional<String> readKeyring(ProviderKind kind) {
        try {
            return keyring.read(kind.id()).filter(s -> !s.isBlank()).map(String::strip);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "Could not read the keyring entry for {0}: {1}",
                    new Object[] {kind.id(), e.getClass().getSimpleName()});
            return Optional.empty();
        }
    }

    private static String variableName(ProviderKind kind) {
        return kind.keyVariable() == null ? "no variable" : kind.keyVariable();
    }
}
