package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.offpiste.i18n.Messages;

/**
 * A message's Markdown, painted in a text flow and selectable with the mouse (drag, double-click
 * for a word, triple-click for all) and the keyboard (Shortcut+A, Shortcut+C), with Copy in a
 * context menu. It is rebuilt only from the first line that changed, so a streaming answer costs
 * the new words per frame, not the whole answer.
 */
final class MarkdownFlow extends TextFlow {
    static final String STYLE_CLASS = "markdown-flow";
    /** Above this length an answer is shown as plain text (Markdown parsing every frame would cost too much). */
    static final int MARKDOWN_LIMIT = 20_000;
    private final List<List<MarkdownText.Run>> lines = new ArrayList<>();
    private final List<String> lineStyles = new ArrayList<>();
    private final List<Integer> firstChild = new ArrayList<>();
    private final Path highlight = new Path();
    private final StringBuilder plain = new StringBuilder();
    private String shown = "";
    private int anchor;
    private int selectionStart;
    private int selectionEnd;

    private final MarkdownCache cache;

    MarkdownFlow(Messages messages, MarkdownCache cache) {
        this.cache = cache;
        getStyleClass().add(STYLE_CLASS);
        highlight.setManaged(false);
        highlight.getStyleClass().add("markdown-selection");
        highlight.setMouseTransparent(true);
        getChildren().add(highlight);
        setFocusTraversable(false);
        setCursor(javafx.scene.Cursor.TEXT);
        MenuItem copy = new MenuItem(messages.get("sparring.message.copySelection"));
        copy.setOnAction(e -> copySelection());
        MenuItem all = new MenuItem(messages.get("sparring.message.selectAll"));
        all.setOnAction(e -> selectAll());
        ContextMenu menu = new ContextMenu(copy, all);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, index(e)));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
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

    void select(int from, int to) {
        int length = plain.length();
        selectionStart = Math.max(0, Math.min(Math.min(from, to), length));
        selectionEnd = Math.max(0, Math.min(Math.max(from, to), length));
        highlight.getElements().setAll(selectionStart == selectionEnd ? List.of()
                : List.of(rangeShape(selectionStart, selectionEnd)));
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

    /** Shows {@code markdown}, rebuilding only what changed since the last call. */
    void show(String markdown, boolean streaming) {
        String text = markdown == null ? "" : markdown;
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        MarkdownCache.Painted painted = streaming ? cache.renderOnce(text) : cache.render(text);
        MarkdownText.Rendered r = painted.rendered();
        List<List<MarkdownText.Run>> next = painted.lines();
        int same = 0;
        int common = Math.min(lines.size(), next.size());
        while (same < common - 1 && lines.get(same).equals(next.get(same))
                && lineStyles.get(same).equals(r.lineStyle(same))) {
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
            lineStyles.add(r.lineStyle(i));
            if (i > 0) {
                added.add(text("\n", r.lineStyle(i), List.of()));
            }
            for (MarkdownText.Run run : next.get(i)) {
                if (!run.text().isEmpty()) {
                    added.add(text(run.text(), r.lineStyle(i), run.styles()));
                }
            }
        }
        getChildren().addAll(added);
        plain.setLength(0);
        plain.append(r.text());
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

    private int index(MouseEvent e) {
        return hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
    }

    private static Text text(String s, String lineStyle, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add(lineStyle);
        t.getStyleClass().addAll(styles);
        return t;
    }
}
