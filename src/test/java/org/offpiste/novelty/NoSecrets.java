package org.offpiste.novelty;

import java.util.Optional;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.SecretStore;

/** No keys at all: enough for a local server (Ollama's wire) that asks for none. */
final class NoSecrets implements SecretStore {
    @Override
    public Optional<String> key(ProviderKind kind) {
        return Optional.empty();
    }

    @Override
    public Source source(ProviderKind kind) {
        return Source.NONE;
    }

    @Override
    public boolean canStore() {
        return false;
    }

    @Override
    public void store(ProviderKind kind, String key) {
        throw new IllegalStateException("no keyring in tests");
    }

    @Override
    public void forget(ProviderKind kind) {
        // nothing kept
    }
}
