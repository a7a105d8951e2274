package org.offpiste.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines and gaps that belong together (a heading and its text, one idea). A block moves whole
 * to the next page when it does not fit where it is but fits on a page; a longer one is split.
 */
public final class Block {
    /** Something placed on a page: a line of text at an indent, a gap, or a thin rule. */
    public sealed interface Item permits Text, Gap, Rule {
        float height();
    }

    /** {@code advance} false: drawn at the same height as the next line (a number beside a title). */
    public record Text(Line line, float indent, boolean advance) implements Item {
        @Override
        public float height() {
            return advance ? line.style().leading() : 0;
        }
    }

    public record Gap(float height) implements Item {
    }

    /** A hairline across the text width, in the middle of {@code height}. */
    public record Rule(float height, int rgb) implements Item {
    }

    private final List<Item> items = new ArrayList<>();

    public Block lines(List<Line> lines, float indent) {
        lines.forEach(l -> items.add(new Text(l, indent, true)));
        return this;
    }

    public Block line(Line line, float indent) {
        items.add(new Text(line, indent, true));
        return this;
    }

    /** A line drawn beside the next one (same top), taking no height of its own. */
    public Block beside(Line line, float indent) {
        items.add(new Text(line, indent, false));
        return this;
    }

    public Block gap(float height) {
        items.add(new Gap(height));
        return this;
    }

    public Block rule(float height, int rgb) {
        items.add(new Rule(height, rgb));
        return this;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public float height() {
        return (float) items.stream().mapToDouble(Item::height).sum();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
