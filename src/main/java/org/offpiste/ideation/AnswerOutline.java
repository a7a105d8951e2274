package org.offpiste.ideation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.offpiste.ideation.AnswerLine.Kind;
import org.offpiste.ideation.AnswerWords.Verdict;

/**
 * One pass over an answer's complete lines: where each possible idea starts, what contains it,
 * which line closed it, and what the header before it said. Everything it records about a line
 * depends only on that line and the lines before it, so a longer text never changes it.
 */
final class AnswerOutline {

    private static final Pattern BOLD_LINE = Pattern.compile("(\\*\\*|__)[^*_]+(\\*\\*|__)");
    private static final Pattern BOLD_HEADER = Pattern.compile("(\\*\\*|__)[^*_]+(\\*\\*|__):?");
    final List<String> lines;
    final List<AnswerNode> roots = new ArrayList<>();
    private final String text;
    private final int[] offsets;
    private final Deque<AnswerNode> open = new ArrayDeque<>();
    private final Verdict[] headings = new Verdict[7];
    private Verdict intro = Verdict.NEUTRAL;
    private boolean markdownFence;

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
                int end = json(offsets[i] + l.raw().indexOf(l.content().charAt(0)), text.length(), ended);
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
        if (!BOLD_LINE.matcher(s).matches() || AnswerWords.isLabel(s)
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
        boolean boldOnly = BOLD_HEADER.matcher(s).matches();
        boolean colon = s.endsWith(":") || s.endsWith("：");
        return (boldOnly || colon) && !AnswerWords.isLabel(s);
    }

    private static boolean facetLed(String content) {
        if (!ExtractTitle.mayStartWithOperator(content)) {
            return false;
        }
        ExtractTitle.Parsed p = ExtractTitle.parse(content);
        return !p.facet().isEmpty() && ExtractTitle.isOperator(p.facet());
    }

    /**
     * A fenced block: JSON ideas, a Markdown answer wrapped in a fence (read as if unfenced), or
     * lines that belong to the current item. Returns the last line used, -1 when the block is not
     * complete yet.
     */
    private int fence(int i, AnswerLine l, boolean ended) {
        String info = l.content().toLowerCase(java.util.Locale.ROOT);
        if (markdownFence) {
            markdownFence = false;
            return i;
        }
        if (info.startsWith("markdown") || info.equals("md")) {
            markdownFence = true;
            return i;
        }
        int n = lines.size();
        int close = -1;
        for (int j = i + 1; j < n && close < 0; j++) {
            close = AnswerLine.of(lines.get(j)).is(Kind.FENCE) ? j : -1;
        }
        if (!info.startsWith("json")) {
            return close >= 0 ? close : ended ? n : -1;
        }
        int limit = close >= 0 ? offsets[close] : text.length();
        int start = -1;
        for (int k = offsets[Math.min(i + 1, n)]; k < limit && start < 0; k++) {
            char c = text.charAt(k);
            start = c == '[' || c == '{' ? k : -1;
        }
        if (start < 0) {
            return close >= 0 ? close : ended ? n : -1;
        }
        int last = json(start, limit, ended || close >= 0);
        return last < 0 ? -1 : close >= 0 ? close : n;
    }

    /** Reads JSON from {@code start}; returns the line after its end, or -1 while it is not complete. */
    private int json(int start, int limit, boolean complete) {
        close(AnswerNode.LABEL_LEVEL, lineOf(start));
        AnswerNode parent = open.peek();
        ExtractJson.Result r = ExtractJson.scan(text, start, limit);
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
        if (!complete) {
            return -1;
        }
        rest.parsed = new ExtractTitle.Parsed(ExtractTitle.clean(r.partialTitle()), "", "");
        rest.end = line;
        return lineOf(limit) + 1;
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
