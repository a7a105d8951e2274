package org.offpiste.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;

/**
 * Reads the refined idea out of a model's answer. The asked-for form is a bold title line then
 * the body; a heading or a "Title:" line is taken too, after at most a line of preamble. Otherwise
 * the first idea the {@link IdeaExtractor} recognises; otherwise the first line is the title and
 * the rest the body. Empty when there is no title at all.
 */
final class RefineAnswer {
    /** A line that is only a title: {@code **Title**}, {@code # Title}, {@code Title: X} / {@code Titre : X}. */
    private static final Pattern BOLD = Pattern.compile("^\\s*(?:[-*]\\s+)?\\*\\*(.+?)\\*\\*\\s*:?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,4}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern LABELLED = Pattern.compile("^\\s*\\**(?i:title|titre|new title|nouveau titre)\\**\\s*:\\s*\\**(.+?)\\**\\s*$");
    private static final Pattern BODY_LABEL = Pattern.compile("^\\s*\\**(?i:body|description|texte|corps)\\**\\s*:\\s*\\**");
    private static final int PREAMBLE_LINES = 2;
    private final IdeaExtractor extractor;

    RefineAnswer(IdeaExtractor extractor) {
        this.extractor = extractor;
    }

    /** The title and body of the refined idea, or empty when the answer holds none. */
    Optional<ExtractedIdea> read(String answer) {
        String text = answer == null ? "" : answer.replace("\r\n", "\n").replace('\r', '\n').strip();
        text = unfence(text);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = List.of(text.split("\n", -1));
        int seen = 0;
        for (int i = 0; i < lines.size() && seen <= PREAMBLE_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            Optional<String> title = titleOf(lines.get(i));
            if (title.isPresent()) {
                return idea(title.get(), lines.subList(i + 1, lines.size()));
            }
        }
        List<ExtractedIdea> found = extractor.extract(text, true);
        if (!found.isEmpty() && !found.get(0).title().isBlank()) {
            ExtractedIdea first = found.get(0);
            return Optional.of(new ExtractedIdea(0, clean(first.title()), first.body().strip(), first.facet()));
        }
        int first = 0;
        while (lines.get(first).isBlank()) {
            first++;
        }
        return idea(clean(lines.get(first)), lines.subList(first + 1, lines.size()));
    }

    private static Optional<String> titleOf(String line) {
        for (Pattern p : new Pattern[] {LABELLED, BOLD, HEADING}) {
            Matcher m = p.matcher(line);
            if (m.matches() && !clean(m.group(1)).isEmpty()) {
                return Optional.of(clean(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<ExtractedIdea> idea(String title, List<String> rest) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<String> body = new ArrayList<>(rest);
        while (!body.isEmpty() && body.get(0).isBlank()) {
            body.remove(0);
        }
        if (!body.isEmpty()) {
            body.set(0, BODY_LABEL.matcher(body.get(0)).replaceFirst(""));
        }
        return Optional.of(new ExtractedIdea(0, title, String.join("\n", body).strip(), ""));
    }

    /** A title without Markdown emphasis, list markers or quotes around it. */
    static String clean(String raw) {
        String t = raw.strip().replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "");
        t = t.replaceAll("\\*\\*|__", "").replaceAll("^[*_#\\s]+|[*_\\s]+$", "");
        t = t.replaceAll("^[\"“«]\\s*|\\s*[\"”»]$", "");
        return t.strip();
    }

    /** The answer inside a ``` fence when the whole answer is one. */
    private static String unfence(String text) {
        if (text.startsWith("```") && text.endsWith("```") && text.length() > 6) {
            int firstBreak = text.indexOf('\n');
            if (firstBreak > 0 && firstBreak < text.length() - 3) {
                return text.substring(firstBreak + 1, text.length() - 3).strip();
            }
        }
        return text;
    }
}
