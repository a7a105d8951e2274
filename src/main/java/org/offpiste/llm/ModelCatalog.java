package org.offpiste.llm;

import java.util.List;
import java.util.Optional;

/** Asks a provider's server what it offers. Blocking: call it off the JavaFX thread. */
public interface ModelCatalog {

    /** The models the server lists, sorted; throws {@link LlmException} saying why it could not. */
    List<String> models(ProviderSettings settings);

    /** Lists the models and checks the chosen one; never throws for a provider problem. */
    ConnectionReport check(ProviderSettings settings);

    /**
     * Like {@link #check(ProviderSettings)}, but with {@code keyOverride} (a key typed in the settings
     * and not kept yet) instead of the stored key when it is present. A catalog that sends no key
     * (the default) checks as {@link #check(ProviderSettings)} does.
     */
    default ConnectionReport check(ProviderSettings settings, Optional<String> keyOverride) {
        return check(settings);
    }
}
