package org.offpiste.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out on pages of one height: top to bottom, a block not split across pages when it
 * fits on one, a longer one split between lines (with at least a few of its lines on the page
 * where it starts). Gaps at the top of a page are dropped.
 */
public final class Pages {
    /** An item at its distance from the top of the text area. */
    public record Placed(Block.Item item, float top) {
    }

    private static final int MIN_LINES_BEFORE_SPLIT = 3;
    private final float firstHeight;
    private final float height;
    private final List<List<Placed>> pages = new ArrayList<>();
    private float y;

    /** {@code firstHeight}: the text area of the first page; {@code height}: of the others. */
    public Pages(float firstHeight, float height) {
        this.firstHeight = firstHeight;
        this.height = height;
        pages.add(new ArrayList<>());
    }

    public void add(Block block) {
        float h = block.height();
        if (h > room() && !current().isEmpty() && (h <= height || !startsHere(block))) {
            newPage();
        }
        List<Block.Item> items = block.items();
        for (int i = 0; i < items.size(); i++) {
            Block.Item item = items.get(i);
            if (need(items, i) > room() && !current().isEmpty()) {
                newPage();
            }
            if (item instanceof Block.Gap && current().isEmpty()) {
                continue;
            }
            current().add(new Placed(item, y));
            y += item.height();
        }
    }

    /** The pages, each with what is placed on it. */
    public List<List<Placed>> pages() {
        List<List<Placed>> out = new ArrayList<>();
        pages.forEach(p -> out.add(List.copyOf(p)));
        return out;
    }

    /** The item's height; for one drawn beside the next, the next one's. */
    private static float need(List<Block.Item> items, int i) {
        for (int k = i; k < items.size(); k++) {
            if (items.get(k).height() > 0) {
                return items.get(k).height();
            }
        }
        return 0;
    }

    /** True when a few of the block's first lines fit in the room left. */
    private boolean startsHere(Block block) {
        float need = 0;
        int lines = 0;
        for (Block.Item item : block.items()) {
            need += item.height();
            if (item instanceof Block.Text && ++lines == MIN_LINES_BEFORE_SPLIT) {
                break;
            }
        }
        return need <= room();
    }

    private float room() {
        return (pages.size() == 1 ? firstHeight : height) - y;
    }

    private List<Placed> current() {
        return pages.get(pages.size() - 1);
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = 0;
    }
}
