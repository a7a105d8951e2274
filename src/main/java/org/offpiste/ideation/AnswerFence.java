package org.offpiste.ideation;

import java.util.Locale;
import org.offpiste.ideation.AnswerLine.Kind;
import org.offpiste.ideation.AnswerWords.Verdict;

/** The fenced blocks and JSON of an answer, for its {@link AnswerOutline}. */
final class AnswerFence {

    private final AnswerOutline outline;
    private boolean markdownFence;

    AnswerFence(AnswerOutline outline) {
        this.outline = outline;
    }

    /**
     * A fenced block: JSON ideas, a Markdown answer wrapped in a fence (read as if unfenced), or
     * lines that belong to the current item. Returns the last line used, -1 when the block is not
     * complete yet.
     */
    int fence(int i, AnswerLine l, boolean ended) {
        String info = l.content().toLowerCase(Locale.ROOT);
        if (markdownFence) {
            markdownFence = false;
            return i;
        }
        if (info.startsWith("markdown") || info.equals("md")) {
            markdownFence = true;
            return i;
        }
        int n = outline.lines.size();
        int close = -1;
        for (int j = i + 1; j < n && close < 0; j++) {
            close = AnswerLine.of(outline.lines.get(j)).is(Kind.FENCE) ? j : -1;
        }
        if (!info.startsWith("json")) {
            return close >= 0 ? close : ended ? n : -1;
        }
        int limit = close >= 0 ? outline.offsets[close] : outline.text.length();
        int start = -1;
        for (int k = outline.offsets[Math.min(i + 1, n)]; k < limit && start < 0; k++) {
            char c = outline.text.charAt(k);
            start = c == '[' || c == '{' ? k : -1;
        }
        if (start < 0) {
            return close >= 0 ? close : ended ? n : -1;
        }
        int last = json(start, limit, ended || close >= 0);
        return last < 0 ? -1 : close >= 0 ? close : n;
    }

    /** Reads JSON from {@code start}; returns the line after its end, or -1 while it is not complete. */
    int json(int start, int limit, boolean complete) {
        outline.close(AnswerNode.LABEL_LEVEL, lineOf(start));
        AnswerNode parent = outline.innermost();
        ExtractJson.Result r = ExtractJson.scan(outline.text, start, limit);
        int line = lineOf(start);
        for (ExtractTitle.Parsed p : r.ideas()) {
            AnswerNode node = new AnswerNode(AnswerNode.Type.JSON, 100, line, "", false, Verdict.IDEAS, parent);
            node.parsed = p;
            node.end = line;
            outline.register(node);
        }
        if (r.end() >= 0) {
            return lineOf(r.end() - 1) + 1;
        }
        AnswerNode rest = new AnswerNode(AnswerNode.Type.JSON, 100, line, "", false, Verdict.IDEAS, parent);
        outline.register(rest);
        if (!complete) {
            return -1;
        }
        rest.parsed = new ExtractTitle.Parsed(ExtractText.clean(r.partialTitle()), "", "");
        rest.end = line;
        return lineOf(limit) + 1;
    }

    /** The line holding {@code offset}. */
    private int lineOf(int offset) {
        int lo = 0;
        int hi = outline.lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (outline.offsets[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
