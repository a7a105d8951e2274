package org.offpiste.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.SecretStore;

/** A SecretStore for tests: the keys it was given, nothing else (none at all when given none). */
public final class FixedSecrets implements SecretStore {
    private final Map<ProviderKind, String> keys = new EnumMap<>(ProviderKind.class);

    public FixedSecrets with(ProviderKind kind, String key) {
        keys.put(kind, key);
        return this;
    }

    public static FixedSecrets all(String key) {
        FixedSecrets secrets = new FixedSecrets();
        for (ProviderKind kind : ProviderKind.values()) {
            if (kind.keyVariable() != null) {
                secrets.with(kind, key);
            }
        }
        return secrets;
    }

    @Override
    public Optional<String> key(ProviderKind kind) {
        return Optional.ofNullable(keys.get(kind));
    }

    @Override
    public Source source(ProviderKind kind) {
        return keys.containsKey(kind) ? Source.ENVIRONMENT : Source.NONE;
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
        keys.remove(kind);
    }
}
