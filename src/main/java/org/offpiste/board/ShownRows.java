package org.offpiste.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.Theme;
import org.offpiste.ui.TaskExecutor;

/**
 * The rows the list shows when the board is grouped by theme or narrowed to near-duplicates: the
 * board's matching ids (search, status and tags already applied, in the board's order) regrouped
 * under theme headers. A header row holds a negative number ({@code -1} for the first header);
 * an idea row its id, and {@link #sourceIndex(int)} says where it is in the board's rows.
 */
public final class ShownRows {
    private static final Logger LOG = Logger.getLogger(ShownRows.class.getName());

    /** A theme's header: its id (null for "No theme"), its name and how many of the shown ideas it has. */
    public record Header(Long themeId, String name, int count) {
    }

    private final BoardViewModel board;
    private final ThemesViewModel themes;
    private final BoardIdeation ideation;
    private final BoardRowsViewModel.IdList rows = new BoardRowsViewModel.IdList();
    private final BooleanProperty duplicatesOnly = new SimpleBooleanProperty(this, "duplicatesOnly");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final LatestQuery<Set<Long>> duplicatesQuery;
    private List<Header> headers = List.of();
    private int[] sources = new int[0];
    private Set<Long> duplicates = Set.of();

    ShownRows(BoardViewModel board, ThemesViewModel themes, BoardIdeation ideation, TaskExecutor executor) {
        this.board = board;
        this.themes = themes;
        this.ideation = ideation;
        this.duplicatesQuery = new LatestQuery<>(executor, this::duplicatesOf, this::duplicatesAnswered, error ->
                LOG.log(Level.WARNING, "Could not read the near-duplicates", error));
        active.bind(Bindings.or(themes.groupedProperty(), duplicatesOnly));
        board.getIds().addListener((ListChangeListener<Long>) c -> boardChanged());
        themes.getThemes().addListener((ListChangeListener<Theme>) c -> rebuild());
        themes.groupedProperty().addListener((o, a, b) -> rebuild());
        duplicatesOnly.addListener((o, a, on) -> boardChanged());
    }

    /** The rows to show while {@link #activeProperty()} is true. */
    public ObservableList<Long> rows() {
        return rows;
    }

    /** Only the ideas flagged as near-duplicates (and the ideas they repeat) are shown. */
    public BooleanProperty duplicatesOnlyProperty() {
        return duplicatesOnly;
    }

    /** True when grouped by theme or narrowed to near-duplicates. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The header a row value stands for, if it is one. */
    public Optional<Header> header(long rowValue) {
        int i = (int) (-rowValue - 1);
        return rowValue < 0 && i < headers.size() ? Optional.of(headers.get(i)) : Optional.empty();
    }

    /** Where row {@code row} is in the board's rows (for its idea), or -1 for a header. */
    public int sourceIndex(int row) {
        return row >= 0 && row < sources.length ? sources[row] : -1;
    }

    /** The row showing idea {@code id}, or -1. */
    public int rowOf(long id) {
        return rows.indexOfId(id);
    }

    private void boardChanged() {
        if (duplicatesOnly.get()) {
            duplicatesQuery.request();
        }
        rebuild();
    }

    private java.util.concurrent.Callable<Set<Long>> duplicatesOf() {
        List<Long> ids = List.copyOf(board.getIds());
        return () -> {
            Set<Long> flagged = new HashSet<>();
            for (Novelty n : ideation.meter().novelty(ids).values()) {
                if (n.duplicateOf() != null) {
                    flagged.add(n.ideaId());
                    flagged.add(n.duplicateOf());
                }
            }
            return flagged;
        };
    }

    private void duplicatesAnswered(Set<Long> flagged) {
        duplicates = flagged;
        rebuild();
    }

    private void rebuild() {
        if (!active.get()) {
            headers = List.of();
            sources = new int[0];
            rows.replace(new long[0]);
            return;
        }
        ObservableList<Long> ids = board.getIds();
        boolean grouped = themes.groupedProperty().get();
        Map<Long, List<Integer>> byTheme = new LinkedHashMap<>();
        for (Theme t : themes.getThemes()) {
            byTheme.put(t.id(), new ArrayList<>());
        }
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (duplicatesOnly.get() && !duplicates.contains(id)) {
                continue;
            }
            Optional<Theme> t = grouped ? themes.themeOf(id) : Optional.empty();
            (t.isPresent() ? byTheme.get(t.get().id()) : loose).add(i);
        }
        List<Header> hs = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        if (grouped) {
            for (Theme t : themes.getThemes()) {
                addGroup(hs, values, from, new Header(t.id(), t.name(), byTheme.get(t.id()).size()), byTheme.get(t.id()), ids);
            }
            addGroup(hs, values, from, new Header(null, "", loose.size()), loose, ids);
        } else {
            loose.forEach(i -> {
                values.add(ids.get(i));
                from.add(i);
            });
        }
        headers = List.copyOf(hs);
        sources = from.stream().mapToInt(Integer::intValue).toArray();
        rows.replace(values.stream().mapToLong(Long::longValue).toArray());
    }

    private static void addGroup(List<Header> hs, List<Long> values, List<Integer> from, Header h, List<Integer> members,
                                 ObservableList<Long> ids) {
        if (members.isEmpty()) {
            return;
        }
        hs.add(h);
        values.add((long) -hs.size());
        from.add(-1);
        for (int i : members) {
            values.add(ids.get(i));
            from.add(i);
        }
    }
}
