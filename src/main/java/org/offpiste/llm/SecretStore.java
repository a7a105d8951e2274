package org.offpiste.llm;

import java.util.Optional;

/**
 * Where provider keys live: environment variables first, then the OS keyring. Keys never go
 * into a project file, a log, a message shown to the person or an export.
 */
public interface SecretStore {

    /** Where a key was found. */
    enum Source { ENVIRONMENT, KEYRING, NONE }

    Optional<String> key(ProviderKind kind);

    Source source(ProviderKind kind);

    /** True when a keyring answers on this machine (false on a headless Linux, for example). */
    boolean canStore();

    /** Stores the key in the OS keyring; throws {@link IllegalStateException} when {@link #canStore()} is false. */
    void store(ProviderKind kind, String key);

    void forget(ProviderKind kind);
}
