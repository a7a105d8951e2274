package org.offpiste.ideation;

import java.nio.file.Path;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;

/**
 * The techniques pane: the list of techniques and the selected one as a facilitation card,
 * phrased for the current brief and re-phrased live whenever the brief is saved. The person's
 * own techniques are created, edited, duplicated, deleted, imported and exported from here; the
 * list follows every change of the library, wherever it was made.
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
    private final ReadOnlyBooleanWrapper selectedOwn = new ReadOnlyBooleanWrapper(this, "selectedOwn");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final DialogService dialogs;
    private final Runnable libraryChanged = this::libraryChanged;
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
        this(briefs, executor, library, random, null);
    }

    /** @param dialogs asks for files and confirmations; null: no import or export */
    public TechniquesViewModel(BriefService briefs, TaskExecutor executor, TechniqueLibrary library,
            RandomGenerator random, DialogService dialogs) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.library = library;
        this.draws = new TechniqueDraws(library, random);
        selected.addListener((obs, old, now) -> refresh());
        rebuildItems();
        showNotice();
        library.addListener(libraryChanged);
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

    /** True when the selected technique is one of the person's own (it can be edited and deleted). */
    public ReadOnlyBooleanProperty selectedOwnProperty() {
        return selectedOwn.getReadOnlyProperty();
    }

    /** A message about the own techniques' file (it could not be read), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when import and export can ask for a file. */
    public boolean canShare() {
        return dialogs != null;
    }

    /** Whether an id is one of the person's own techniques (the list marks them). */
    public boolean isOwn(String id) {
        return library.isOwn(id);
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
        showNotice();
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

    /** Stops listening to the brief and the library (the pane is closing). */
    public void dispose() {
        disposed = true;
        library.removeListener(libraryChanged);
    }

    /** An editor for a new technique. */
    public TechniqueEditorViewModel newTechnique() {
        return new TechniqueEditorViewModel(messages, TechniqueEditorViewModel.Mode.NEW, null);
    }

    /** An editor for the selected technique: itself if it is own, else a copy (built-ins are read-only). */
    public Optional<TechniqueEditorViewModel> editSelected() {
        return technique().map(t -> new TechniqueEditorViewModel(messages,
                library.isOwn(t.id()) ? TechniqueEditorViewModel.Mode.EDIT : TechniqueEditorViewModel.Mode.COPY, t));
    }

    /** Saves the editor's technique (replaces the own one edited, else adds one) and selects it. */
    public void save(TechniqueEditorViewModel editor) {
        Technique t = editor.technique();
        boolean replace = editor.mode() == TechniqueEditorViewModel.Mode.EDIT;
        executor.run(() -> {
            if (replace) {
                library.replace(t);
                return t;
            }
            return library.add(t);
        }, saved -> select(saved.id()), this::failed);
    }

    /** Adds a copy of the selected technique as an own one, and selects it; the original stays as it was. */
    public void duplicateSelected() {
        technique().ifPresent(t -> {
            LocalizedText name = new LocalizedText(
                    TechniqueEditorViewModel.copyName(new Messages(Locale.ENGLISH), t.name().en()),
                    t.name().fr().isBlank() ? "" : TechniqueEditorViewModel.copyName(new Messages(Locale.FRENCH),
                            t.name().fr()));
            Technique copy = new Technique(null, t.icon(), t.minutes(), t.draw(), name, t.summary(), t.whenToUse(),
                    t.steps(), t.modelInstructions());
            executor.run(() -> library.add(copy), saved -> select(saved.id()), this::failed);
        });
    }

    /** Deletes the selected own technique once the person confirms. */
    public void deleteSelected() {
        technique().filter(t -> library.isOwn(t.id())).ifPresent(t -> {
            if (dialogs != null && !dialogs.confirm(messages.get("ideation.delete.title"),
                    messages.get("ideation.delete.message", t.name().in(messages.locale())))) {
                return;
            }
            executor.run(() -> {
                library.remove(t.id());
                return t;
            }, removed -> { }, this::failed);
        });
    }

    /** Asks for a techniques file and adds its techniques as own ones (clashing ids get fresh ones). */
    public void importTechniques() {
        if (dialogs == null) {
            return;
        }
        dialogs.chooseFileToOpen(messages.get("ideation.import.title"), messages.get("ideation.file.filter"), "*.json")
                .ifPresent(this::importFrom);
    }

    void importFrom(Path file) {
        executor.run(() -> library.addAll(TechniqueSharing.read(file)), added -> {
            if (!added.isEmpty()) {
                select(added.get(0).id());
            }
            dialogs.showInfo(messages.get("ideation.import.title"), messages.get("ideation.import.done", added.size()));
        }, error -> dialogs.showError(messages.get("ideation.import.title"),
                messages.get("ideation.import.failed", file.getFileName(), TechniqueSharing.reason(error))));
    }

    /** Asks where to save, then writes the own techniques (all of them) for a team to import. */
    public void exportTechniques() {
        if (dialogs == null) {
            return;
        }
        List<Technique> own = library.own();
        if (own.isEmpty()) {
            dialogs.showInfo(messages.get("ideation.export.title"), messages.get("ideation.export.none"));
            return;
        }
        dialogs.chooseFileToSave(messages.get("ideation.export.title"), messages.get("ideation.export.fileName"),
                messages.get("ideation.file.filter"), "*.json").ifPresent(file -> exportTo(file, own));
    }

    void exportTo(Path file, List<Technique> techniques) {
        executor.run(() -> {
            TechniqueSharing.write(file, techniques);
            return techniques.size();
        }, n -> dialogs.showInfo(messages.get("ideation.export.title"), messages.get("ideation.export.done", n,
                file.getFileName())), this::failed);
    }

    private void failed(Throwable error) {
        LOG.log(Level.WARNING, "Could not change the techniques", error);
        if (dialogs != null && !disposed) {
            dialogs.showError(messages.get("ideation.error.title"),
                    messages.get("ideation.error.message", TechniqueSharing.reason(error)));
        }
    }

    private void libraryChanged() {
        executor.onUi(() -> {
            if (!disposed) {
                rebuildItems();
            }
        });
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
        refresh();
    }

    private void showNotice() {
        notice.set(library.problem().map(p -> messages.get("ideation.own.unreadable", p.file(), p.reason(),
                p.keptAsideAs().getFileName())).orElse(""));
    }

    private Optional<Technique> technique() {
        TechniqueItem item = selected.get();
        return item == null ? Optional.empty() : library.find(item.id());
    }

    private void refresh() {
        if (disposed) {
            return;
        }
        selectedOwn.set(technique().map(t -> library.isOwn(t.id())).orElse(false));
        card.set(technique().map(t -> {
            Draw had = drawn.get(t.id());
            Draw draw = had != null && had.kind() == t.draw() ? had : draws.draw(t.draw(), brief, messages.locale(), null);
            drawn.put(t.id(), draw);
            return cards.card(t, brief, draw);
        }).orElse(null));
    }
}
