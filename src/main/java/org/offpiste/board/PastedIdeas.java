package org.offpiste.board;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;

/**
 * The ideas in a pasted list or a text file. What the {@link IdeaExtractor} recognises (a model's
 * answer: numbered or bulleted items with bold titles, headings, JSON…) when it finds every item
 * of the list; otherwise each list item is an idea (its indented or following lines are its
 * body), and a text without list items gives one idea per non-blank line. "Title — text",
 * "**Title**: text" and "Title: text" split into title and body. Stateless and thread-safe.
 */
public final class PastedIdeas {
    private static final Pattern ITEM = Pattern.compile("^(?:[-*•+–]|\\d{1,3}[.)]|#{1,4})\\s+(.+)$");
    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(?:[:—–-]\\s*)?(.*)$");
    private static final Pattern DASH = Pattern.compile("^(.+?)\\s+[—–-]\\s+(.+)$");
    private static final Pattern COLON = Pattern.compile("^([^:]{1,60}?)\\s*:\\s+(.+)$");
    private static final int COLON_TITLE_WORDS = 8;
    private final IdeaExtractor extractor;

    public PastedIdeas(IdeaExtractor extractor) {
        this.extractor = extractor;
    }

    /** The ideas of {@code text}, in order, each with a title; none for a blank text. */
    public List<ExtractedIdea> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u202F', ' ');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        List<String> lines = List.of(t.split("\n"));
        long items = lines.stream().filter(l -> ITEM.matcher(l).matches()).count();
        List<ExtractedIdea> found = extractor.extract(t, true).stream().filter(i -> !i.title().isBlank()).toList();
        String start = t.strip();
        boolean json = start.startsWith("[") || start.startsWith("{") || start.startsWith("```json");
        if (!found.isEmpty() && (json || found.size() >= items)) {
            List<ExtractedIdea> out = new ArrayList<>();
            found.forEach(i -> out.add(new ExtractedIdea(out.size(), i.title().strip(), i.body().strip(), i.facet())));
            return out;
        }
        return items > 0 ? byItems(lines) : byLines(lines);
    }

    /** Each list item an idea; lines before the first item, and after a blank line at the margin, are left out. */
    private static List<ExtractedIdea> byItems(List<String> lines) {
        List<ExtractedIdea> out = new ArrayList<>();
        String[] current = null;
        StringBuilder body = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                add(out, current, body);
                current = split(item.group(1));
                body.setLength(0);
                body.append(current[1]);
                blank = false;
            } else if (line.isBlank()) {
                blank = true;
            } else if (current != null && (!blank || Character.isWhitespace(line.charAt(0)))) {
                if (body.length() > 0) {
                    body.append(blank ? "\n\n" : "\n");
                }
                body.append(line.strip());
                blank = false;
            } else if (current != null) {
                add(out, current, body); // an outro after the list
                current = null;
            }
        }
        add(out, current, body);
        return out;
    }

    private static List<ExtractedIdea> byLines(List<String> lines) {
        List<ExtractedIdea> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                String[] parts = split(line.strip());
                add(out, parts, new StringBuilder(parts[1]));
            }
        }
        return out;
    }

    private static void add(List<ExtractedIdea> out, String[] titled, StringBuilder body) {
        if (titled != null && !titled[0].isBlank()) {
            out.add(new ExtractedIdea(out.size(), titled[0], body.toString().strip(), ""));
        }
    }

    /** Title and body of one line. */
    static String[] split(String raw) {
        String line = raw.strip();
        Matcher bold = BOLD.matcher(line);
        if (bold.matches()) {
            return new String[] {clean(bold.group(1)), bold.group(2).strip()};
        }
        Matcher dash = DASH.matcher(line);
        if (dash.matches()) {
            return new String[] {clean(dash.group(1)), dash.group(2).strip()};
        }
        Matcher colon = COLON.matcher(line);
        if (colon.matches() && colon.group(1).strip().split("\\s+").length <= COLON_TITLE_WORDS
                && !colon.group(1).contains("://") && !colon.group(1).matches(".*\\d$")) {
            return new String[] {clean(colon.group(1)), colon.group(2).strip()};
        }
        return new String[] {clean(line), ""};
    }

    private static String clean(String title) {
        return title.replace("**", "").replaceAll("^[\"“«\\s]+|[\"”»\\s]+$", "").strip();
    }
}
