package org.offpiste.board;

import java.util.ArrayList;
import java.util.HashSet;
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
        BoardRowsViewModel.IdList ids = (BoardRowsViewModel.IdList) board.getIds();
        boolean grouped = themes.groupedProperty().get();
        List<Theme> all = grouped ? List.copyOf(themes.getThemes()) : List.of();
        int loose = all.size(); // the group index of "No theme"
        int n = ids.size();
        int[] group = new int[n];
        int[] counts = new int[all.size() + 1];
        Map<Long, Integer> index = new java.util.HashMap<>();
        for (int g = 0; g < all.size(); g++) {
            index.put(all.get(g).id(), g);
        }
        for (int i = 0; i < n; i++) {
            long id = ids.idAt(i);
            if (duplicatesOnly.get() && !duplicates.contains(id)) {
                group[i] = -1;
                continue;
            }
            Optional<Theme> t = grouped ? themes.themeOf(id) : Optional.empty();
            Integer g = t.map(x -> index.get(x.id())).orElse(null);
            group[i] = g == null ? loose : g;
            counts[group[i]]++;
        }
        List<Header> hs = new ArrayList<>();
        int size = 0;
        for (int g = 0; g <= loose; g++) {
            if (counts[g] > 0) {
                size += counts[g] + (grouped ? 1 : 0);
            }
        }
        long[] values = new long[size];
        int[] from = new int[size];
        int row = 0;
        for (int g = 0; g <= loose; g++) {
            if (counts[g] == 0) {
                continue;
            }
            if (grouped) {
                hs.add(g == loose ? new Header(null, "", counts[g]) : new Header(all.get(g).id(), all.get(g).name(), counts[g]));
                values[row] = -hs.size();
                from[row++] = -1;
            }
            for (int i = 0; i < n; i++) {
                if (group[i] == g) {
                    values[row] = ids.idAt(i);
                    from[row++] = i;
                }
            }
        }
        headers = List.copyOf(hs);
        sources = from;
        rows.replace(values);
    }
}
