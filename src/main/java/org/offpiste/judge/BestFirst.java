package org.offpiste.judge;

import java.util.Comparator;
import javafx.scene.control.TableColumn;

/**
 * The order of a ranking column: a table sorts a column ascending on the first click, so this
 * comparator puts the highest value first when the column is "ascending" (best first on the first
 * click, worst first on the second), and an empty value (not rated, no dots, no duels yet) last in
 * both directions.
 */
final class BestFirst<T extends Comparable<? super T>> implements Comparator<T> {
    private final TableColumn<?, T> column;

    private BestFirst(TableColumn<?, T> column) {
        this.column = column;
    }

    /** Sets the column's comparator and returns the column. */
    static <S, T extends Comparable<? super T>> TableColumn<S, T> on(TableColumn<S, T> column) {
        column.setComparator(new BestFirst<>(column));
        return column;
    }

    @Override
    public int compare(T a, T b) {
        if (a == null || b == null) {
            int emptyLast = a == null ? (b == null ? 0 : 1) : -1;
            // The table reverses the comparator for a descending column: undo that for the empty ones.
            return column.getSortType() == TableColumn.SortType.ASCENDING ? emptyLast : -emptyLast;
        }
        return b.compareTo(a);
    }
}
