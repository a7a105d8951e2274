package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.offpiste.i18n.Messages;

/**
 * A message's Markdown, painted: read-only, selectable and copyable text that is as tall as its
 * content. A long answer that is still streaming grows by plain appends and is painted as
 * Markdown once it ends.
 */
final class MarkdownArea extends StyleClassedTextArea {
    static final String STYLE_CLASS = "markdown";
    /** Above this length a streaming answer is appended as plain text, not re-painted every frame. */
    static final int REPAINT_LIMIT = 16_000;
    private String shown = "";
    private boolean plain;

    MarkdownArea(Messages messages) {
        super(false);
        getStyleClass().add(STYLE_CLASS);
        setEditable(false);
        setWrapText(true);
        setAutoHeight(true);
        setFocusTraversable(false);
        MenuItem copy = new MenuItem(messages.get("sparring.message.copySelection"));
        copy.setOnAction(e -> copy());
        MenuItem all = new MenuItem(messages.get("sparring.message.selectAll"));
        all.setOnAction(e -> selectAll());
        setContextMenu(new ContextMenu(copy, all));
    }

    /** The Markdown source shown now. */
    String markdown() {
        return shown;
    }

    /** Shows {@code markdown}; {@code streaming} allows cheap appends for a long growing answer. */
    void show(String markdown, boolean streaming) {
        String text = markdown == null ? "" : markdown;
        if (text.equals(shown) && !(plain && !streaming)) {
            return;
        }
        if (streaming && text.length() > REPAINT_LIMIT && text.startsWith(shown) && (plain || shown.isEmpty())) {
            appendText(text.substring(shown.length()));
            plain = true;
        } else {
            replace(0, getLength(), document(MarkdownText.render(text)));
            plain = false;
        }
        shown = text;
    }

    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(
            MarkdownText.Rendered r) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        String[] lines = r.text().split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String style = i < r.lineStyles().size() ? r.lineStyles().get(i) : "md-p";
            b.addParagraph(segments(lines[i], offset, r.spans()), List.of(style));
            offset += lines[i].length() + 1;
        }
        return b.build();
    }

    /** The line cut where styles start or end, each piece with the styles covering it. */
    private static List<StyledSegment<String, Collection<String>>> segments(String line, int from,
                                                                             List<MarkdownText.Span> spans) {
        int to = from + line.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<MarkdownText.Span> here = new ArrayList<>();
        for (MarkdownText.Span s : spans) {
            if (s.start() < to && s.end() > from) {
                here.add(s);
                cuts.add(Math.max(from, s.start()));
                cuts.add(Math.min(to, s.end()));
            }
        }
        List<StyledSegment<String, Collection<String>>> out = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            List<String> styles = new ArrayList<>();
            for (MarkdownText.Span s : here) {
                if (s.start() <= a && s.end() >= b) {
                    styles.add(s.style());
                }
            }
            out.add(new StyledSegment<>(line.substring(a - from, b - from), styles));
            a = b;
        }
        if (out.isEmpty()) {
            out.add(new StyledSegment<>("", List.of()));
        }
        return out;
    }
}
