package org.offpiste.ideation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.TaskExecutor;

/**
 * The techniques pane: the list of techniques and the selected one as a facilitation card,
 * phrased for the current brief and re-phrased live whenever the brief is saved.
 */
public final class TechniquesViewModel {
    private static final Logger LOG = Logger.getLogger(TechniquesViewModel.class.getName());
    private final TaskExecutor executor;
    private final TechniqueLibrary library;
    private final TechniqueDraws draws;
    private final ObservableList<TechniqueItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<TechniqueItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<TechniqueCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyBooleanWrapper briefEmpty = new ReadOnlyBooleanWrapper(this, "briefEmpty", true);
    private final Map<String, Draw> drawn = new HashMap<>();
    private Messages messages = new Messages(Locale.ENGLISH);
    private TechniqueCards cards = new TechniqueCards(messages);
    private Brief brief = Brief.empty();
    private boolean briefHeard;
    private volatile boolean disposed;

    public TechniquesViewModel(BriefService brief, TaskExecutor executor) {
        this(brief, executor, TechniqueLibrary.builtIn(), RandomGenerator.getDefault());
    }

    public TechniquesViewModel(BriefService briefs, TaskExecutor executor, TechniqueLibrary library,
            RandomGenerator random) {
        this.executor = executor;
        this.library = library;
        this.draws = new TechniqueDraws(library, random);
        selected.addListener((obs, old, now) -> refresh());
        rebuildItems();
        briefs.addListener(version -> executor.onUi(() -> {
            briefHeard = true;
            setBrief(version.brief());
        }));
        executor.run(briefs::current, current -> {
            if (!briefHeard) {
                setBrief(current);
            }
        }, error -> LOG.log(Level.WARNING, "Could not read the brief for the techniques pane", error));
    }

    // Properties

    public ObservableList<TechniqueItem> techniques() {
        return items;
    }

    public ObjectProperty<TechniqueItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TechniqueCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public TechniqueCard getCard() {
        return card.get();
    }

    public ReadOnlyBooleanProperty briefEmptyProperty() {
        return briefEmpty.getReadOnlyProperty();
    }

    // Commands

    /** Shows every text in the language of {@code messages} (the view calls this once). */
    public void setMessages(Messages messages) {
        if (messages.locale().equals(this.messages.locale())) {
            return;
        }
        this.messages = messages;
        this.cards = new TechniqueCards(messages);
        drawn.clear();
        rebuildItems();
    }

    public void select(String id) {
        items.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    /** Picks another word, other personas or another constraint for the selected technique. */
    public void drawAgain() {
        technique().ifPresent(t -> {
            drawn.put(t.id(), draws.draw(t.draw(), brief, messages.locale(), drawn.get(t.id())));
            refresh();
        });
    }

    /** The selected card with its phrased steps, as Markdown. */
    public String copyText() {
        TechniqueCard c = card.get();
        return c == null ? "" : c.markdown();
    }

    /** Stops listening to the brief (the pane is closing). */
    public void dispose() {
        disposed = true;
    }

    private void setBrief(Brief newBrief) {
        if (disposed || Objects.equals(newBrief, brief)) {
            return;
        }
        brief = newBrief;
        briefEmpty.set(newBrief.isEmpty());
        drawn.values().removeIf(d -> TechniqueDraws.clashesWith(d, newBrief));
        refresh();
    }

    private void rebuildItems() {
        String keep = selected.get() == null ? null : selected.get().id();
        Locale locale = messages.locale();
        List<TechniqueItem> list = library.techniques().stream()
                .map(t -> new TechniqueItem(t.id(), t.icon(), t.name().in(locale), t.summary().in(locale)))
                .collect(Collectors.toList());
        items.setAll(list);
        selected.set(null);
        if (keep != null) {
            select(keep);
        }
        if (selected.get() == null && !items.isEmpty()) {
            selected.set(items.get(0));
        }
    }

    private Optional<Technique> technique() {
        TechniqueItem item = selected.get();
        return item == null ? Optional.empty() : library.find(item.id());
    }

    private void refresh() {
        if (disposed) {
            return;
        }
        card.set(technique().map(t -> {
            Draw draw = drawn.computeIfAbsent(t.id(), id -> draws.draw(t.draw(), brief, messages.locale(), null));
            return cards.card(t, brief, draw);
        }).orElse(null));
    }
}
