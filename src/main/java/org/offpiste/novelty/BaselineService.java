package org.offpiste.novelty;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.offpiste.brief.BriefService;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ProviderSettings;

/** The banal baseline of one project. (Being written by the themes-baseline work stream.) */
public final class BaselineService implements Baselines {

    /**
     * @param settings      the provider and model to ask (the project's current one)
     * @param onNewBaseline called when a new baseline is stored (the meter measures again)
     */
    public BaselineService(BaselineStore store, BriefService brief, ChatProvider provider,
                           Supplier<ProviderSettings> settings, Supplier<Optional<Embedder>> embedder,
                           Supplier<Locale> locale, ExecutorService executor, Clock clock, Runnable onNewBaseline) {
    }

    @Override
    public BaselineState state() {
        return new BaselineState(BaselineState.Status.MISSING, Optional.empty(), Optional.empty());
    }

    @Override
    public void ensure() {
    }

    @Override
    public void regenerate() {
    }

    @Override
    public void addListener(Runnable changed) {
    }

    @Override
    public void removeListener(Runnable changed) {
    }
}
