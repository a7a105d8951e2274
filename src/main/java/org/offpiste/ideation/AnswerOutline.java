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
    private final String text;
    private final int[] offsets;
    private final Deque<AnswerNode> open = new ArrayDeque<>();
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
                int end = json(offsets[i] + l.raw().indexOf(l.content().charAt(0)), ended);
                if (end < 0) {
                    break;
                }
                i = end - 1;
                blank = false;
                continue;
            }
            switch (l.kind()) {
                case FENCE -> i = fence(i, l, ended);
                case RULE -> close(0, i);
                case HEADING -> heading(i, l);
                case LABEL -> {
                    close(AnswerNode.LABEL_LEVEL, i);
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
        boolean worthy = l.numbered() || c.startsWith("**") || c.startsWith("__") || facetLed(c);
        if (!worthy) {
            return;
        }
        int level = AnswerNode.itemLevel(l.indent(), l.numbered());
        AnswerNode top = open.peek();
        if (!l.numbered() && top != null && top.type == AnswerNode.Type.ITEM && top.numbered
                && top.level == level - 1 && startsNewList(c)) {
            level = top.level;
        } else if (!l.numbered() && top != null && top.type == AnswerNode.Type.ITEM && !top.numbered
                && top.indent == l.indent()) {
            level = top.level;
        }
        close(level, i);
        add(AnswerNode.Type.ITEM, level, i, c, l.numbered()).indent = l.indent();
    }

    /** Whether an unindented bold bullet after a numbered item starts a list of its own, rather than a sub-point. */
    private static boolean startsNewList(String content) {
        ExtractTitle.Parsed p = ExtractTitle.parse(content);
        return p.facet().isEmpty() && !AnswerWords.isLabel(p.title());
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
        if (isIntro(t)) {
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
        if (facetLed(t) && (t.startsWith("**") || t.startsWith("["))) {
            int level = AnswerNode.itemLevel(0, false);
            close(level, i);
            add(AnswerNode.Type.ITEM, level, i, t, false);
        }
    }

    /** A bold line on its own, outside any item, that is neither a label nor a header: a title. */
    private boolean isBoldTitle(String t) {
        String s = t.strip();
        if (!s.matches("(\\*\\*|__)[^*_]+(\\*\\*|__)") || AnswerWords.isLabel(s)
                || AnswerWords.verdict(s) != Verdict.NEUTRAL || intro == Verdict.NOT_IDEAS) {
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

    private static boolean isIntro(String t) {
        String s = t.strip();
        boolean boldOnly = s.matches("(\\*\\*|__)[^*_]+(\\*\\*|__):?");
        boolean colon = s.endsWith(":") || s.endsWith("：");
        return (boldOnly || colon) && !AnswerWords.isLabel(s);
    }

    private static boolean facetLed(String content) {
        ExtractTitle.Parsed p = ExtractTitle.parse(content);
        return !p.facet().isEmpty() && ExtractTitle.isOperator(p.facet());
    }

    /** A fenced block: JSON ideas, or lines that belong to the current item. Returns the last line used. */
    private int fence(int i, AnswerLine l, boolean ended) {
        boolean json = l.content().toLowerCase(java.util.Locale.ROOT).startsWith("json");
        int n = lines.size();
        if (json) {
            int start = text.indexOf('[', offsets[i]);
            int brace = text.indexOf('{', offsets[i]);
            if (start < 0 || (brace >= 0 && brace < start)) {
                start = brace;
            }
            if (start < 0) {
                return ended ? i : -1;
            }
            int last = json(start, ended);
            if (last < 0) {
                return -1;
            }
            for (int j = last; j < n; j++) {
                if (AnswerLine.of(lines.get(j)).is(Kind.FENCE)) {
                    return j;
                }
            }
            return n;
        }
        for (int j = i + 1; j < n; j++) {
            if (AnswerLine.of(lines.get(j)).is(Kind.FENCE)) {
                return j;
            }
        }
        return ended ? n : -1;
    }

    /** Reads JSON from {@code start}; returns the line after its end, or -1 when it runs to the end. */
    private int json(int start, boolean ended) {
        close(AnswerNode.LABEL_LEVEL, lineOf(start));
        AnswerNode parent = open.peek();
        ExtractJson.Result r = ExtractJson.scan(text, start);
        int line = lineOf(start);
        for (ExtractTitle.Parsed p : r.ideas()) {
            AnswerNode node = new AnswerNode(AnswerNode.Type.JSON, 100, line, "", false, Verdict.IDEAS, parent);
            node.parsed = p;
            node.end = line;
            register(node);
        }
        if (r.end() >= 0) {
            return lineOf(r.end() - 1) + 1;
        }
        AnswerNode rest = new AnswerNode(AnswerNode.Type.JSON, 100, line, "", false, Verdict.IDEAS, parent);
        register(rest);
        if (ended && !r.partialTitle().isBlank()) {
            rest.parsed = new ExtractTitle.Parsed(ExtractTitle.clean(r.partialTitle()), "", "");
            rest.end = line;
        } else if (ended) {
            rest.parsed = new ExtractTitle.Parsed("", "", "");
            rest.end = line;
        }
        return -1;
    }

    /** The line holding {@code offset}. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
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

    private void register(AnswerNode node) {
        if (node.parent == null) {
            roots.add(node);
        }
    }

    private void close(int level, int line) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop().end = line;
        }
    }
}
