package org.offpiste.novelty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.offpiste.brief.BriefService;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ProviderSettings;

/** The board's themes. (Being written by the themes-baseline work stream.) */
public final class ThemeService implements Themes {

    /** @param settings the provider and model that names the themes (a blank model: named by words) */
    public ThemeService(ThemeStore store, NoveltyStore novelty, Supplier<Optional<Embedder>> embedder,
                        ChatProvider provider, Supplier<ProviderSettings> settings, BriefService brief,
                        Supplier<Locale> locale) {
    }

    @Override
    public List<Theme> themes() {
        return List.of();
    }

    @Override
    public List<Theme> find() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Theme rename(long themeId, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> crowded(int max) {
        return List.of();
    }

    @Override
    public void addListener(Runnable changed) {
    }

    @Override
    public void removeListener(Runnable changed) {
    }
}
