package org.offpiste.models;

import java.util.function.Supplier;
import org.offpiste.llm.ModelCatalog;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.SecretStore;

/**
 * What the model settings need: the servers' model lists, the keys, the person's choices and the
 * search for a provider that answers. The catalog, the keys and the discovery are made on first
 * use, by whoever asks first: opening the OS keyring can take a while, so only background work
 * asks for them, never the JavaFX thread.
 */
public record ModelSetup(Supplier<ModelCatalog> catalogs, Supplier<SecretStore> keys, ProviderPreferences preferences,
                         Supplier<ProviderDiscovery> discoveries) {

    /** With a catalog and keys already made; the discovery asks servers over HTTP with these keys. */
    public ModelSetup(ModelCatalog catalog, SecretStore secrets, ProviderPreferences preferences) {
        this(() -> catalog, () -> secrets, preferences, () -> ProviderDiscovery.create(preferences, secrets));
    }

    /** The model lists (blocking calls: background only). */
    public ModelCatalog catalog() {
        return catalogs.get();
    }

    /** The keys (may open the OS keyring: background only). */
    public SecretStore secrets() {
        return keys.get();
    }

    /** Finds the provider to use when nobody chose one (blocking: background only). */
    public ProviderDiscovery discovery() {
        return discoveries.get();
    }
}
