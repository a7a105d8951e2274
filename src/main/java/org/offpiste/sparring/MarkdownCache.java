package org.offpiste.sparring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few hundred messages as painted Markdown, so that scrolling back over a long
 * conversation (cells reused for other messages, the list measuring rows) parses nothing twice.
 * For the UI thread only.
 */
final class MarkdownCache {
    /** A message ready to paint: its text and styles, and its lines cut into runs. */
    record Painted(MarkdownText.Rendered rendered, List<List<MarkdownText.Run>> lines) {
        static Painted of(MarkdownText.Rendered r) {
            return new Painted(r, r.lines());
        }
    }

    private static final int SIZE = 512;
    private final Map<String, Painted> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Painted> eldest) {
            return size() > SIZE;
        }
    };

    Painted render(String markdown) {
        Painted p = cache.get(markdown);
        if (p == null) {
            p = renderOnce(markdown);
            cache.put(markdown, p);
        }
        return p;
    }

    /** Renders without keeping (a streaming answer changes every frame). */
    Painted renderOnce(String markdown) {
        return Painted.of(markdown.length() > MarkdownFlow.MARKDOWN_LIMIT
                ? MarkdownText.plain(markdown) : MarkdownText.render(markdown));
    }
}
