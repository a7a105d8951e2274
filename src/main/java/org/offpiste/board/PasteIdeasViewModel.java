package org.offpiste.board;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ui.TaskExecutor;

/**
 * "Paste ideas…": the pasted text, a live preview of the ideas found in it ({@link PastedIdeas},
 * read in the background, the latest text winning), and Add, which puts them all in the Inbox as
 * one undoable action and then shows them on the board.
 */
public final class PasteIdeasViewModel {
    private static final Logger LOG = Logger.getLogger(PasteIdeasViewModel.class.getName());
    private final BoardService service;
    private final TaskExecutor executor;
    private final BoardViewModel board;
    private final PastedIdeas reader = new PastedIdeas(new IdeaExtractor());
    private long version;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<ExtractedIdea> found = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    /** @param board shows the ideas once they are added (its filters cleared if they would hide them) */
    PasteIdeasViewModel(BoardService service, TaskExecutor executor, BoardViewModel board) {
        this.service = service;
        this.executor = executor;
        this.board = board;
        canAdd.bind(Bindings.createBooleanBinding(() -> !found.isEmpty() && !adding.get() && !done.get(),
                found, adding, done));
        text.addListener((o, was, now) -> read(now));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The ideas found in the text, in order. */
    public ObservableList<ExtractedIdea> getFound() {
        return FXCollections.unmodifiableObservableList(found);
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** True once the ideas are on the board: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Message key of a failure ("refine.paste.failed"), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds every idea found to the Inbox, as one undoable action. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        List<ExtractedIdea> ideas = List.copyOf(found);
        adding.set(true);
        problem.set(null);
        executor.run(() -> service.addAll(ideas.stream().map(i -> new NewIdea(i.title(), i.body(), List.of(),
                IdeaStatus.INBOX, service.author())).toList()), ideasAdded -> {
            adding.set(false);
            done.set(true);
            reveal(ideasAdded);
        }, error -> {
            LOG.log(Level.WARNING, "Could not add the pasted ideas", error);
            adding.set(false);
            problem.set("refine.paste.failed");
        });
    }

    private void reveal(List<Idea> ideas) {
        IdeaStatus status = board.statusFilterProperty().get();
        if (status != null && status != IdeaStatus.INBOX || !board.searchTextProperty().get().isBlank()
                || !board.getTagFilter().isEmpty()) {
            board.clearFilters();
        }
        if (!ideas.isEmpty()) {
            board.reveal(ideas.get(0).id());
        }
    }

    private void read(String now) {
        long asked = ++version;
        executor.run(() -> reader.read(now), ideas -> {
            if (asked == version) {
                found.setAll(ideas);
            }
        }, error -> LOG.log(Level.WARNING, "Could not read the pasted text", error));
    }
}
