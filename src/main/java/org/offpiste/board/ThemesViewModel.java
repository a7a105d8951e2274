package org.offpiste.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Localizable;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Theme;
import org.offpiste.ui.TaskExecutor;

/**
 * The board's themes: the ones found last, "Find themes" in the background, renaming, and whether
 * the board is grouped by theme. Used on the UI thread only.
 */
public final class ThemesViewModel {
    private static final Logger LOG = Logger.getLogger(ThemesViewModel.class.getName());
    private final BoardIdeation ideation;
    private final TaskExecutor executor;
    private final TaskExecutor slow;
    private final Supplier<Messages> messages;
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Theme> themesShown = FXCollections.unmodifiableObservableList(themes);
    private final ReadOnlyBooleanWrapper finding = new ReadOnlyBooleanWrapper(this, "finding");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final BooleanProperty grouped = new SimpleBooleanProperty(this, "grouped");
    private Map<Long, Theme> byIdea = Map.of();

    ThemesViewModel(BoardIdeation ideation, TaskExecutor executor, Supplier<Messages> messages) {
        this(ideation, executor, executor, messages);
    }

    /**
     * @param slow runs the finding of themes (seconds with a model naming them), so that the
     *             window's store work never waits behind it
     */
    ThemesViewModel(BoardIdeation ideation, TaskExecutor executor, TaskExecutor slow, Supplier<Messages> messages) {
        this.ideation = ideation;
        this.executor = executor;
        this.slow = slow;
        this.messages = messages;
    }

    /** The themes found last, in the board's order. */
    public ObservableList<Theme> getThemes() {
        return themesShown; // one wrapper: its listeners must outlive the call
    }

    /** True while "Find themes" runs. */
    public ReadOnlyBooleanProperty findingProperty() {
        return finding.getReadOnlyProperty();
    }

    /** Why finding or renaming failed, in words; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The board shows its cards under theme headers. */
    public BooleanProperty groupedProperty() {
        return grouped;
    }

    /** The theme of an idea, if it has one. */
    public Optional<Theme> themeOf(long ideaId) {
        return Optional.ofNullable(byIdea.get(ideaId));
    }

    /** Reads the stored themes (the project opened, or another part changed them). */
    public void load() {
        executor.run(() -> ideation.themes().themes(), this::show, this::failedToLoad);
    }

    /** Finds the themes anew from the embeddings, in the background. */
    public void find() {
        if (finding.get()) {
            return;
        }
        if (!ideation.meter().available()) {
            problem.set(messages.get().get("board.themes.unavailable"));
            return;
        }
        problem.set(null);
        finding.set(true);
        slow.run(() -> ideation.themes().find(), found -> {
            finding.set(false);
            show(found);
            if (found.isEmpty()) {
                problem.set(messages.get().get("board.themes.none"));
            }
        }, error -> {
            finding.set(false);
            LOG.log(Level.WARNING, "Could not find the themes", error);
            problem.set(messages.get().get("board.themes.failed", reason(error)));
        });
    }

    /** Gives a theme a person's name; blank names are ignored. */
    public void rename(long themeId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return;
        }
        executor.run(() -> ideation.themes().rename(themeId, n), renamed -> {
            List<Theme> now = themes.stream().map(t -> t.id() == renamed.id() ? renamed : t).toList();
            show(now);
        }, error -> {
            LOG.log(Level.WARNING, "Could not rename the theme", error);
            problem.set(messages.get().get("board.themes.renameFailed"));
        });
    }

    public void dismissProblem() {
        problem.set(null);
    }

    private void show(List<Theme> found) {
        Map<Long, Theme> map = new HashMap<>();
        for (Theme t : found) {
            t.ideaIds().forEach(id -> map.putIfAbsent(id, t));
        }
        byIdea = map;
        themes.setAll(found);
        if (found.isEmpty()) {
            grouped.set(false);
        }
    }

    private void failedToLoad(Throwable error) {
        LOG.log(Level.FINE, "No themes to show", error);
    }

    private String reason(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof Localizable l) {
                return messages.get().describe(l);
            }
            e = e.getCause();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
