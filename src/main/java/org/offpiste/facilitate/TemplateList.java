package org.offpiste.facilitate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.AgendaTemplates;
import org.offpiste.workshop.BuiltInAgendas;

/**
 * The agendas a facilitator can start from: the built-in ones, then their own saved templates
 * (read and written off the UI thread). A templates file that cannot be read becomes a message.
 */
public final class TemplateList {
    private static final Logger LOG = Logger.getLogger(TemplateList.class.getName());
    private final AgendaTemplates file;
    private final TaskExecutor executor;
    private final Supplier<Messages> messages;
    private final ObservableList<Agenda> all = FXCollections.observableArrayList();
    private final List<Agenda> saved = new ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    public TemplateList(AgendaTemplates file, TaskExecutor executor, Supplier<Messages> messages) {
        this.file = file;
        this.executor = executor;
        this.messages = messages;
        all.setAll(builtIns());
    }

    /** The built-in agendas first, then the saved ones. */
    public ObservableList<Agenda> all() {
        return all;
    }

    /** Why the saved templates could not be read; null when they could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean builtIn(Agenda agenda) {
        return builtIns().contains(agenda);
    }

    /** Reads the saved templates again. */
    public void load() {
        executor.run(file::load, loaded -> {
            saved.clear();
            saved.addAll(loaded.agendas());
            problem.set(loaded.problem().map(p -> messages.get().get("workshop.templates.unreadable",
                    p.file(), p.reason(), p.keptAsideAs().getFileName())).orElse(null));
            show();
        }, e -> problem.set(messages.get().get("workshop.templates.unreadable", file.file(), e.getMessage(), "-")));
    }

    /** Saves {@code agenda} as a template, in place of a saved one of the same name (case aside). */
    public void save(Agenda agenda, Runnable done) {
        List<Agenda> next = new ArrayList<>(saved);
        String key = agenda.name().toLowerCase(Locale.ROOT);
        next.removeIf(a -> a.name().toLowerCase(Locale.ROOT).equals(key));
        next.add(agenda);
        executor.run(() -> {
            file.save(next);
            return next;
        }, written -> {
            saved.clear();
            saved.addAll(written);
            problem.set(null);
            show();
            done.run();
        }, e -> {
            LOG.log(Level.WARNING, "Cannot save the agenda templates", e);
            problem.set(messages.get().get("workshop.templates.cannotSave", file.file()));
        });
    }

    private List<Agenda> builtIns() {
        return BuiltInAgendas.all(messages.get());
    }

    private void show() {
        List<Agenda> out = new ArrayList<>(builtIns());
        out.addAll(saved);
        all.setAll(out);
    }
}
