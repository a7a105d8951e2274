package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.offpiste.i18n.Messages;

/**
 * A message's Markdown, painted as a column of blocks (one per top-level chunk, see
 * {@link MarkdownChunks}) and selectable across them with the mouse (drag, double-click for a
 * word, triple-click for all) and the keyboard (Shortcut+A, Shortcut+C), with Copy in a context
 * menu. While an answer streams only its last chunk is parsed and laid out again: a frame costs
 * the new words, not the whole answer; finished chunks come from the cache and stay as they are.
 */
final class MarkdownFlow extends VBox {
    static final String STYLE_CLASS = "markdown-flow";
    /** Above this length a chunk still streaming is shown as plain text (parsing it every frame would cost too much). */
    static final int MARKDOWN_LIMIT = 20_000;
    private final List<MarkdownBlock> blocks = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final MarkdownCache cache;
    private List<Integer> starts = List.of(0);
    private String shown = "";
    /** The last block was painted while streaming (maybe as plain text): paint it again once the answer ends. */
    private boolean draft;
    private int anchor;
    private int selectionStart;
    private int selectionEnd;
    private final ContextMenu menu;

    MarkdownFlow(Messages messages, MarkdownCache cache) {
        this.cache = cache;
        getStyleClass().add(STYLE_CLASS);
        setFillWidth(true);
        setFocusTraversable(false);
        setCursor(Cursor.TEXT);
        MenuItem copy = new MenuItem(messages.get("sparring.message.copySelection"));
        copy.setOnAction(e -> copySelection());
        MenuItem all = new MenuItem(messages.get("sparring.message.selectAll"));
        all.setOnAction(e -> selectAll());
        menu = new ContextMenu(copy, all);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, index(e)));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        show("", false);
    }

    /** Adds a command to the text's context menu (after Copy and Select all). */
    void addMenuItem(MenuItem item) {
        menu.getItems().add(item);
    }

    /** The Markdown source shown. */
    String markdown() {
        return shown;
    }

    /** The text as it reads (what a person selects and copies). */
    String text() {
        return plain.toString();
    }

    String selectedText() {
        return plain.substring(selectionStart, selectionEnd);
    }

    /** The runs of text painted, block after block. */
    List<Text> runs() {
        List<Text> out = new ArrayList<>();
        blocks.forEach(b -> out.addAll(b.runs()));
        return out;
    }

    void select(int from, int to) {
        int length = plain.length();
        selectionStart = Math.max(0, Math.min(Math.min(from, to), length));
        selectionEnd = Math.max(0, Math.min(Math.max(from, to), length));
        for (int i = 0; i < blocks.size(); i++) {
            int at = offsets.get(i);
            blocks.get(i).select(selectionStart - at, selectionEnd - at);
        }
    }

    void selectAll() {
        select(0, plain.length());
    }

    void copySelection() {
        if (selectionEnd > selectionStart) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selectedText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Shows {@code markdown}, parsing and laying out again only the chunks that changed. */
    void show(String markdown, boolean streaming) {
        String text = markdown == null ? "" : markdown;
        if (text.equals(shown) && !blocks.isEmpty() && (streaming || !draft)) {
            return;
        }
        int kept;
        if (text.startsWith(shown) && !blocks.isEmpty()) {
            // It grew: the chunks before the last are the same; the last may have grown or split.
            List<Integer> next = new ArrayList<>(starts.subList(0, starts.size() - 1));
            next.addAll(MarkdownChunks.starts(text, starts.get(starts.size() - 1)));
            starts = next;
            kept = blocks.size() - 1;
        } else {
            starts = MarkdownChunks.starts(text, 0);
            kept = 0;
        }
        shown = text;
        int count = starts.size();
        for (int i = 0; i < count; i++) {
            String source = text.substring(starts.get(i), i + 1 < count ? starts.get(i + 1) : text.length());
            boolean last = i == count - 1;
            if (i < blocks.size() && (i < kept || source.equals(blocks.get(i).source()) && !(last && (streaming || draft)))) {
                continue;
            }
            MarkdownCache.Painted painted = last && streaming ? cache.renderOnce(source) : cache.render(source);
            if (i >= blocks.size()) {
                blocks.add(new MarkdownBlock());
            }
            blocks.get(i).show(source, painted, i > 0);
        }
        draft = streaming;
        if (blocks.size() > count) {
            blocks.subList(count, blocks.size()).clear();
        }
        if (!getChildren().equals(blocks)) {
            int same = 0;
            while (same < getChildren().size() && same < count && getChildren().get(same) == blocks.get(same)) {
                same++;
            }
            getChildren().remove(same, getChildren().size());
            getChildren().addAll(blocks.subList(same, count));
        }
        plain.setLength(0);
        offsets.clear();
        for (MarkdownBlock b : blocks) {
            if (!offsets.isEmpty()) {
                plain.append('\n');
            }
            offsets.add(plain.length());
            plain.append(b.text());
        }
        select(0, 0);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        int at = index(e);
        if (e.getClickCount() >= 3) {
            selectAll();
        } else if (e.getClickCount() == 2) {
            int from = at;
            int to = at;
            while (from > 0 && Character.isLetterOrDigit(plain.charAt(from - 1))) {
                from--;
            }
            while (to < plain.length() && Character.isLetterOrDigit(plain.charAt(to))) {
                to++;
            }
            select(from, to);
        } else {
            anchor = at;
            select(at, at);
        }
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copySelection();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        }
    }

    /** The character index under the pointer: in the block at its height, above the first or below the last. */
    private int index(MouseEvent e) {
        if (blocks.isEmpty()) {
            return 0;
        }
        int i = 0;
        while (i < blocks.size() - 1 && e.getY() >= blocks.get(i + 1).getBoundsInParent().getMinY()) {
            i++;
        }
        MarkdownBlock b = blocks.get(i);
        if (i == 0 && e.getY() < b.getBoundsInParent().getMinY()) {
            return 0;
        }
        if (e.getY() > b.getBoundsInParent().getMaxY()) {
            return offsets.get(i) + b.text().length();
        }
        Point2D local = b.parentToLocal(e.getX(), e.getY());
        return offsets.get(i) + Math.min(b.text().length(), b.hitTest(local).getInsertionIndex());
    }
}
