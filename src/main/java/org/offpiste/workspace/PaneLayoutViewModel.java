package org.offpiste.workspace;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.offpiste.settings.Settings;

/**
 * Which panes are collapsed and how wide each one is, as a share of the window; remembered in the
 * settings under {@code window.pane.<pane>.*}. The arithmetic of the split lives here, free of any screen.
 */
public final class PaneLayoutViewModel {
    private static final Map<PaneId, Double> DEFAULT_WEIGHTS = Map.of(
            PaneId.BRIEF, 0.26, PaneId.SPARRING, 0.44, PaneId.BOARD, 0.30);
    private static final double MIN_WEIGHT = 0.05;
    private final Settings settings;
    private final Map<PaneId, BooleanProperty> collapsed = new EnumMap<>(PaneId.class);
    private final Map<PaneId, Double> weights = new EnumMap<>(PaneId.class);
    private final BooleanProperty deciding = new SimpleBooleanProperty(this, "deciding");

    public PaneLayoutViewModel(Settings settings) {
        this.settings = settings;
        for (PaneId id : PaneId.values()) {
            collapsed.put(id, new SimpleBooleanProperty(
                    settings.get(key(id, "collapsed")).map(Boolean::parseBoolean).orElse(false)));
            weights.put(id, settings.get(key(id, "width")).map(PaneLayoutViewModel::parse)
                    .filter(w -> w >= MIN_WEIGHT && w <= 1).orElse(DEFAULT_WEIGHTS.get(id)));
        }
        if (expandedCount() == 0) {
            collapsed.get(PaneId.SPARRING).set(false);
        }
    }

    /**
     * True while the window shows the judgement screen (Decide) full width in place of the three
     * panes, which keep their state meanwhile; false for the panes (Ideate).
     */
    public BooleanProperty decidingProperty() {
        return deciding;
    }

    public ReadOnlyBooleanProperty collapsedProperty(PaneId id) {
        return collapsed.get(id);
    }

    public boolean isCollapsed(PaneId id) {
        return collapsed.get(id).get();
    }

    /** False for the last pane still open: the window never shows three rails. */
    public boolean canCollapse(PaneId id) {
        return isCollapsed(id) || expandedCount() > 1;
    }

    public void setCollapsed(PaneId id, boolean value) {
        if (value && !canCollapse(id)) {
            return;
        }
        collapsed.get(id).set(value);
        settings.put(key(id, "collapsed"), Boolean.toString(value));
    }

    public void toggle(PaneId id) {
        setCollapsed(id, !isCollapsed(id));
    }

    public double weight(PaneId id) {
        return weights.get(id);
    }

    /**
     * The person dragged a divider: {@code widths} are the panes' widths now (any unit). Open panes
     * take the new proportions; collapsed panes keep the width they will reopen at.
     */
    public void resized(Map<PaneId, Double> widths) {
        double openWeight = 0;
        double openWidth = 0;
        for (PaneId id : PaneId.values()) {
            if (!isCollapsed(id)) {
                openWeight += weights.get(id);
                openWidth += widths.getOrDefault(id, 0.0);
            }
        }
        if (openWidth <= 0) {
            return;
        }
        Map<String, String> changed = new HashMap<>();
        for (PaneId id : PaneId.values()) {
            if (!isCollapsed(id)) {
                double w = Math.max(MIN_WEIGHT, widths.getOrDefault(id, 0.0) / openWidth * openWeight);
                if (Math.abs(w - weights.get(id)) > 0.0005) {
                    weights.put(id, w);
                    changed.put(key(id, "width"), String.format(Locale.ROOT, "%.4f", w));
                }
            }
        }
        if (!changed.isEmpty()) {
            settings.putAll(changed);
        }
    }

    /**
     * The split pane's two divider positions (0..1) for the current state, when a collapsed pane
     * takes {@code railShare} of the width.
     */
    public double[] dividerPositions(double railShare) {
        int rails = PaneId.values().length - expandedCount();
        double available = Math.max(0, 1 - rails * railShare);
        double openWeight = 0;
        for (PaneId id : PaneId.values()) {
            if (!isCollapsed(id)) {
                openWeight += weights.get(id);
            }
        }
        double[] shares = new double[PaneId.values().length];
        for (PaneId id : PaneId.values()) {
            shares[id.ordinal()] = isCollapsed(id) ? railShare : weights.get(id) / openWeight * available;
        }
        return new double[] {shares[0], shares[0] + shares[1]};
    }

    private int expandedCount() {
        int n = 0;
        for (BooleanProperty p : collapsed.values()) {
            n += p.get() ? 0 : 1;
        }
        return n;
    }

    private static String key(PaneId id, String what) {
        return "window.pane." + id.key() + "." + what;
    }

    private static Double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1.0;
        }
    }
}
