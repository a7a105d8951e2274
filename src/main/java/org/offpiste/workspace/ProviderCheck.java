package org.offpiste.workspace;

import java.util.Optional;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.models.ModelSetup;

/**
 * The window's first look at the provider, on the network executor: when nobody decided one, the
 * search for a provider that answers (Ollama, then a key); otherwise a check of the project's own,
 * filling in the first chat model an Ollama lists when none is chosen.
 *
 * @param use     the settings the project should use from now on, or null to keep its own
 * @param problem why the provider does not answer, or null when it does
 * @param none    true when nothing at all was found (no Ollama, no key)
 */
record ProviderCheck(ProviderSettings use, LlmFailure problem, boolean none) {

    /** Blocking (network, keyring): call it on the network executor. */
    static ProviderCheck run(ModelSetup setup, boolean decided, ProviderSettings current) {
        if (!decided) {
            ProviderDiscovery.Availability found = setup.discovery().discover();
            if (found.none()) {
                return new ProviderCheck(null, null, true);
            }
            ProviderSettings settings = found.settings();
            LlmFailure problem = found.answers() ? null : found.failure() != null ? found.failure() : other(settings);
            return new ProviderCheck(settings.model().isBlank() ? null : settings, problem, false);
        }
        ConnectionReport report = setup.catalog().check(current);
        boolean answers = report.reachable() && report.failure() == null;
        Optional<ProviderSettings> listed = DefaultModels.firstListed(current, report);
        if (listed.isPresent()) {
            return new ProviderCheck(listed.get(), null, false);
        }
        if (answers && report.modelListed()) {
            return new ProviderCheck(null, null, false);
        }
        LlmFailure problem = ProviderDiscovery.problem(report);
        return new ProviderCheck(null, problem != null ? problem : other(current), false);
    }

    /** True when the problem is only that no Ollama runs: the calm "nothing reachable" words fit. */
    boolean nothingReachable() {
        if (none) {
            return true;
        }
        return problem != null && problem.provider() == ProviderKind.OLLAMA && switch (problem.kind()) {
            case REFUSED, UNREACHABLE, DNS, NO_HEADERS -> true;
            default -> false;
        };
    }

    private static LlmFailure other(ProviderSettings settings) {
        return new LlmFailure(FailureKind.OTHER, settings.kind(), settings.model(), "", "");
    }
}
