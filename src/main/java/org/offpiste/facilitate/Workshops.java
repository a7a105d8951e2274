package org.offpiste.facilitate;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.settings.Settings;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.workshop.AgendaTemplates;

/** Wires facilitator mode for one window. */
public final class Workshops {
    private Workshops() {
    }

    /**
     * The window's workshop view model: templates in the settings folder, the system clock, the
     * chime played on {@code sound} (not the store's executor), the techniques of {@code techniques}.
     */
    public static WorkshopViewModel viewModel(TaskExecutor executor, TaskExecutor sound, Settings settings,
                                              Supplier<Messages> messages, Supplier<TechniqueLibrary> techniques) {
        TemplateList templates = new TemplateList(new AgendaTemplates(settings.folder()), executor, messages);
        TechniqueLibrary[] library = new TechniqueLibrary[1]; // asked for once: the window's library sees edits live
        Supplier<List<TechniqueChoice>> choices = () -> once(library, techniques).techniques().stream()
                .map(t -> new TechniqueChoice(t.id(), t.name().in(messages.get().locale())))
                .toList();
        return new WorkshopViewModel(executor, Clock.systemUTC(), settings, messages, choices,
                Chime.ofSystem(sound), templates);
    }

    private static TechniqueLibrary once(TechniqueLibrary[] slot, Supplier<TechniqueLibrary> techniques) {
        synchronized (slot) {
            if (slot[0] == null) {
                slot[0] = techniques.get();
            }
            return slot[0];
        }
    }
}
