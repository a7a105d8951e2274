package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One chunk of a message's Markdown, painted in its own text flow, so that a growing answer lays
 * out only its last chunk. Rebuilt from the first line that changed. A chunk after the first
 * starts with the blank line that parts it from the one before.
 *
 * <p>Its sizes are kept per width until its content changes: a text flow asked for its size at
 * another width than the one it is laid out at (the list cell measures its graphic with no width)
 * lays its whole text out again, twice, which for every finished block of a long answer on every
 * frame cost O(whole answer).
 */
final class MarkdownBlock extends TextFlow {
    static final String STYLE_CLASS = "markdown-block";
    private static final List<MarkdownText.Run> BLANK = List.of(new MarkdownText.Run("", List.of()));
    private final List<List<MarkdownText.Run>> lines = new ArrayList<>();
    private final List<String> lineStyles = new ArrayList<>();
    private final List<Integer> firstChild = new ArrayList<>();
    private final Path highlight = new Path();
    private String source;
    private String text = "";
    private int selectionStart;
    private int selectionEnd;
    private final Map<Double, Double> prefHeights = new HashMap<>(4);
    private final Map<Double, Double> prefWidths = new HashMap<>(4);
    private final Map<Double, Double> minHeights = new HashMap<>(4);

    MarkdownBlock() {
        getStyleClass().add(STYLE_CLASS);
        highlight.setManaged(false);
        highlight.getStyleClass().add("markdown-selection");
        highlight.setMouseTransparent(true);
        getChildren().add(highlight);
    }

    /** The Markdown source this block shows. */
    String source() {
        return source;
    }

    /** The text as it reads, the leading blank line included. */
    String text() {
        return text;
    }

    /** Shows {@code painted} (the rendering of {@code markdown}), after a blank line when {@code lead}. */
    void show(String markdown, MarkdownCache.Painted painted, boolean lead) {
        source = markdown;
        MarkdownText.Rendered r = painted.rendered();
        List<List<MarkdownText.Run>> next = new ArrayList<>(painted.lines().size() + 1);
        List<String> nextStyles = new ArrayList<>(painted.lines().size() + 1);
        if (lead) {
            next.add(BLANK);
            nextStyles.add(MarkdownText.Rendered.PARAGRAPH);
        }
        next.addAll(painted.lines());
        for (int i = 0; i < painted.lines().size(); i++) {
            nextStyles.add(r.lineStyle(i));
        }
        int same = 0;
        int common = Math.min(lines.size(), next.size());
        while (same < common - 1 && lines.get(same).equals(next.get(same)) && lineStyles.get(same).equals(nextStyles.get(same))) {
            same++;
        }
        int cut = same < firstChild.size() ? firstChild.get(same) : getChildren().size();
        getChildren().remove(cut, getChildren().size());
        while (lines.size() > same) {
            lines.remove(lines.size() - 1);
            lineStyles.remove(lineStyles.size() - 1);
            firstChild.remove(firstChild.size() - 1);
        }
        List<Node> added = new ArrayList<>();
        for (int i = same; i < next.size(); i++) {
            firstChild.add(getChildren().size() + added.size());
            lines.add(next.get(i));
            lineStyles.add(nextStyles.get(i));
            if (i > 0) {
                added.add(run("\n", nextStyles.get(i), List.of()));
            }
            for (MarkdownText.Run run : next.get(i)) {
                if (!run.text().isEmpty()) {
                    added.add(run(run.text(), nextStyles.get(i), run.styles()));
                }
            }
        }
        getChildren().addAll(added);
        text = lead ? "\n" + r.text() : r.text();
        selectionStart = 0;
        selectionEnd = 0;
        highlight.getElements().clear();
    }

    /** Highlights {@code [from, to)} of this block's text (an empty range clears it). */
    void select(int from, int to) {
        int a = Math.max(0, Math.min(from, text.length()));
        int b = Math.max(a, Math.min(to, text.length()));
        if (a == selectionStart && b == selectionEnd) {
            return;
        }
        selectionStart = a;
        selectionEnd = b;
        if (a == b) {
            highlight.getElements().clear();
        } else {
            highlight.getElements().setAll(rangeShape(a, b));
        }
    }

    @Override
    public void requestLayout() {
        if (prefHeights != null) { // null while TextFlow's constructor runs
            prefHeights.clear();
            prefWidths.clear();
            minHeights.clear();
        }
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return remembered(prefHeights, width, super::computePrefHeight);
    }

    @Override
    protected double computePrefWidth(double height) {
        return remembered(prefWidths, height, super::computePrefWidth);
    }

    @Override
    protected double computeMinHeight(double width) {
        return remembered(minHeights, width, super::computeMinHeight);
    }

    private static double remembered(Map<Double, Double> sizes, double other, DoubleUnaryOperator compute) {
        Double size = sizes.get(other);
        if (size == null) {
            size = compute.applyAsDouble(other);
            sizes.put(other, size);
        }
        return size;
    }

    /** The runs of text painted (style classes on each). */
    List<Text> runs() {
        List<Text> out = new ArrayList<>();
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                out.add(t);
            }
        }
        return out;
    }

    private static Text run(String s, String lineStyle, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add(lineStyle);
        t.getStyleClass().addAll(styles);
        return t;
    }
}
