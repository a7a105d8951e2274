package org.offpiste.llm;

import java.util.Objects;
import org.offpiste.i18n.Localizable;

/**
 * A model call's failure, put into words by the bundle key {@code llm.failure.<KIND>} with
 * {0} = the provider's brand name ({@link ProviderKind#brand()}), {1} = the model, {2} = the base URL's host, {3} = detail (an HTTP status
 * or the server's own short message). Never holds a key: details are redacted before they
 * get here.
 */
public record LlmFailure(FailureKind kind, ProviderKind provider, String model, String host, String detail)
        implements Localizable {

    public LlmFailure {
        Objects.requireNonNull(kind, "kind");
        model = model == null ? "" : model;
        host = host == null ? "" : host;
        detail = detail == null ? "" : detail;
    }

    /** An unknown model that is no model at all (none chosen, none installed) has words of its own. */
    @Override
    public String messageKey() {
        if (kind == FailureKind.UNKNOWN_MODEL && model.isBlank()) {
            return "llm.failure.NO_MODEL";
        }
        return "llm.failure." + kind.name();
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {provider == null ? "" : provider.brand(), model, host, detail};
    }
}
