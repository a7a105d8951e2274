package org.offpiste.ideation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.offpiste.ideation.AnswerLine.Kind;
import org.offpiste.ideation.AnswerWords.Verdict;

/**
 * One pass over an answer's complete lines: where each possible idea starts, what contains it,
 * which line closed it, and what the header before it said. Everything it records about a line
 * depends only on that line and the lines before it, so a longer text never changes it.
 */
final class AnswerOutline {

    final List<String> lines;
    final List<AnswerNode> roots = new ArrayList<>();
    final String text;
    final int[] offsets;
    private final Deque<AnswerNode> open = new ArrayDeque<>();
    private final AnswerFence fences = new AnswerFence(this);
    private final Verdict[] headings = new Verdict[7];
    private Verdict intro = Verdict.NEUTRAL;

    private AnswerOutline(String text) {
        this.text = text;
        this.lines = List.of(text.split("\n", -1));
        this.offsets = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            offsets[i + 1] = offsets[i] + lines.get(i).length() + 1;
        }
        java.util.Arrays.fill(headings, Verdict.NEUTRAL);
    }

    /** The outline of {@code text}, whose lines are all complete; at the end every node closes. */
    static AnswerOutline of(String text, boolean ended) {
        AnswerOutline o = new AnswerOutline(text);
        o.read(ended);
        return o;
    }

    private void read(boolean ended) {
        boolean blank = true;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            AnswerLine l = AnswerLine.of(lines.get(i));
            if (l.is(Kind.TEXT) && l.indent() < 2 && ExtractJson.opensJson(l.content())) {
                int end = fences.json(offsets[i] + l.raw().indexOf(l.content().charAt(0)), text.length(), ended);
                if (end < 0) {
                    break;
                }
                i = end - 1;
                blank = false;
                continue;
            }
            switch (l.kind()) {
                case FENCE -> i = fences.fence(i, l, ended);
                case RULE -> close(0, i);
                case HEADING -> heading(i, l);
                case LABEL -> {
                    close(AnswerNode.LABEL_LEVEL, i);
                    AnswerNode top = open.peek();
                    if (top != null && top.type == AnswerNode.Type.HEADING && top.numbered) {
                        close(top.level, i);
                    }
                    add(AnswerNode.Type.LABEL, AnswerNode.LABEL_LEVEL, i, l.content(), true);
                }
                case ITEM -> item(i, l);
                case TEXT -> text(i, l, blank);
                default -> {
                }
            }
            if (i < 0) {
                break;
            }
            blank = l.is(Kind.BLANK);
        }
        if (ended) {
            close(0, n);
        }
    }

    private void heading(int i, AnswerLine l) {
        close(l.level(), i);
        intro = Verdict.NEUTRAL;
        for (int h = l.level(); h < headings.length; h++) {
            headings[h] = Verdict.NEUTRAL;
        }
        add(AnswerNode.Type.HEADING, l.level(), i, l.content(), ExtractTitle.isNumbered(l.content()));
        headings[Math.min(l.level(), 6)] = AnswerWords.verdict(l.content());
    }

    private void item(int i, AnswerLine l) {
        String c = l.content().strip();
        boolean worthy = l.numbered() || c.startsWith("**") || c.startsWith("__") || AnswerShapes.facetLed(c);
        if (!worthy) {
            return;
        }
        int level = AnswerNode.itemLevel(l.indent(), l.numbered());
        AnswerNode top = open.peek();
        if (!l.numbered() && top != null && top.type == AnswerNode.Type.ITEM && top.numbered
                && top.level == level - 1 && AnswerShapes.startsNewList(c)) {
            level = top.level;
        } else if (!l.numbered() && top != null && top.type == AnswerNode.Type.ITEM && !top.numbered
                && top.indent == l.indent()) {
            level = top.level;
        }
        close(level, i);
        add(AnswerNode.Type.ITEM, level, i, c, l.numbered()).indent = l.indent();
    }

    private void text(int i, AnswerLine l, boolean afterBlank) {
        String t = l.content();
        if (l.indent() > 1) {
            return;
        }
        boolean startsUpper = !Character.isLowerCase(t.charAt(0));
        if ((afterBlank || startsUpper) && AnswerWords.isEnder(t)) {
            close(0, i);
            return;
        }
        if (isBoldTitle(t)) {
            close(AnswerNode.LABEL_LEVEL, i);
            add(AnswerNode.Type.LABEL, AnswerNode.LABEL_LEVEL, i, t, false);
            return;
        }
        if (AnswerShapes.isIntro(t)) {
            Verdict v = AnswerWords.verdict(t);
            if (v != Verdict.NEUTRAL) {
                close(AnswerNode.LABEL_LEVEL, i);
            }
            intro = v;
            return;
        }
        if (afterBlank && t.endsWith("?") && !t.startsWith("*") && !t.startsWith("_")) {
            close(0, i);
            return;
        }
        if (AnswerShapes.facetLed(t) && (t.startsWith("**") || t.startsWith("["))) {
            int level = AnswerNode.itemLevel(0, false);
            close(level, i);
            add(AnswerNode.Type.ITEM, level, i, t, false);
        }
    }

    /** A bold line on its own, outside any item, that is neither a label nor a header: a title. */
    private boolean isBoldTitle(String t) {
        String s = t.strip();
        String lead = AnswerShapes.isBoldLine(s) ? s : AnswerShapes.boldLead(s);
        if (lead == null || AnswerWords.isLabel(lead) || AnswerWords.verdict(lead) != Verdict.NEUTRAL
                || intro == Verdict.NOT_IDEAS) {
            return false;
        }
        for (AnswerNode node : open) {
            boolean boldTitle = node.type == AnswerNode.Type.LABEL && !node.numbered;
            if (node.type == AnswerNode.Type.ITEM || (node.type == AnswerNode.Type.LABEL && !boldTitle)
                    || (node.type == AnswerNode.Type.HEADING && node.numbered)) {
                return false;
            }
        }
        return true;
    }

    private AnswerNode add(AnswerNode.Type type, int level, int line, String content, boolean numbered) {
        Verdict ctx = intro;
        for (int h = Math.min(level, 6); h >= 1 && ctx == Verdict.NEUTRAL; h--) {
            if (type != AnswerNode.Type.HEADING || h < level) {
                ctx = headings[h];
            }
        }
        AnswerNode node = new AnswerNode(type, level, line, content, numbered, ctx, open.peek());
        register(node);
        open.push(node);
        return node;
    }

    /** The innermost open node, or null. */
    AnswerNode innermost() {
        return open.peek();
    }

    void register(AnswerNode node) {
        if (node.parent == null) {
            roots.add(node);
        }
    }

    /** Closes the open nodes of {@code level} and deeper at {@code line}. */
    void close(int level, int line) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop().end = line;
        }
    }
}
