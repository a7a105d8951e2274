package org.offpiste.llm;

import java.util.List;

/** Asks a provider's server what it offers. Blocking: call it off the JavaFX thread. */
public interface ModelCatalog {

    /** The models the server lists, sorted; throws {@link LlmException} saying why it could not. */
    List<String> models(ProviderSettings settings);

    /** Lists the models and checks the chosen one; never throws for a provider problem. */
    ConnectionReport check(ProviderSettings settings);
}
