package org.offpiste.sparring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few thousand chunks of Markdown (see {@link MarkdownChunks}) as painted, so that
 * scrolling back over a long conversation (cells reused for other messages, the list measuring
 * rows) and a growing answer's finished chunks parse nothing twice.
 * For the UI thread only.
 */
final class MarkdownCache {
    /** A message ready to paint: its text and styles, and its lines cut into runs. */
    record Painted(MarkdownText.Rendered rendered, List<List<MarkdownText.Run>> lines) {
        static Painted of(MarkdownText.Rendered r) {
            return new Painted(r, r.lines());
        }
    }

    private static final int SIZE = 4096;
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

    /** Renders without keeping (a streaming answer's last chunk changes every frame); a long one as plain text. */
    Painted renderOnce(String markdown) {
        return Painted.of(markdown.length() > MarkdownFlow.MARKDOWN_LIMIT
                ? MarkdownText.plain(markdown) : MarkdownText.render(markdown));
    }
}
