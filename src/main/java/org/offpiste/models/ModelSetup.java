package org.offpiste.models;

import org.offpiste.llm.ModelCatalog;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.SecretStore;

/** What the model settings need: the servers' model lists, the keys and the person's choices. */
public record ModelSetup(ModelCatalog catalog, SecretStore secrets, ProviderPreferences preferences) {
}
