package org.offpiste.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brief as Markdown: the title as a {@code #} heading, one {@code ##} heading per field, in the
 * format of the sample briefs.
 *
 * <p>Lossless: a line inside a field that would read as a heading ({@code # x} or {@code ## x}) is
 * written with a backslash before its first {@code #} ({@code \## x}, which Markdown shows as
 * {@code ## x}); one more backslash is added to lines that already have some, and reading removes
 * exactly one. Reading trims blank lines around a field's text and turns CRLF into LF, so
 * {@code read(write(b)).equals(b)} for every brief whose texts have no blank lines at their edges.
 */
public final class BriefMarkdown {
    /** A line a reader takes as a heading: up to 3 spaces, 1 to 6 {@code #}, then a space or the end. */
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$");
    /** A line that would read as a {@code #} or {@code ##} heading, behind {@code k >= 0} backslashes. */
    private static final Pattern ESCAPABLE = Pattern.compile("^( {0,3})(\\\\*)(#{1,2}(?:[ \\t].*)?)$");
    private static final Pattern ESCAPED = Pattern.compile("^( {0,3})\\\\(\\\\*#{1,2}(?:[ \\t].*)?)$");

    private BriefMarkdown() {
    }

    public static String write(Brief brief) {
        List<String> parts = new ArrayList<>();
        String title = brief.get(BriefField.TITLE);
        if (!title.isBlank()) {
            parts.add("# " + title.replaceAll("\\R", " "));
        }
        for (BriefField field : BriefField.values()) {
            String value = brief.get(field);
            if (field != BriefField.TITLE && !value.isBlank()) {
                parts.add("## " + BriefHeadings.heading(field) + "\n" + escape(value));
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    /** Reads English or French headings; throws IllegalArgumentException with a one-line reason. */
    public static Brief read(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<BriefField, List<String>> found = new EnumMap<>(BriefField.class);
        Optional<String> title = Optional.empty();
        boolean known = false;
        Section section = new Section(null, null);
        List<Section> sections = new ArrayList<>();
        sections.add(section);
        for (String line : lines) {
            Matcher m = HEADING.matcher(line);
            int level = m.matches() ? m.group(1).length() : 0;
            String name = level > 0 && m.group(2) != null ? m.group(2) : "";
            if (level == 1 && title.isEmpty()) {
                title = Optional.of(name.strip());
            } else if (level == 1 || level == 2) {
                Optional<BriefField> field = BriefHeadings.field(stripClosing(name));
                known |= field.isPresent();
                section = new Section(field.orElse(null), field.isPresent() ? null : line.strip());
                sections.add(section);
            } else {
                section.lines.add(unescape(line));
            }
        }
        if (title.isEmpty() && !known) {
            throw new IllegalArgumentException(
                    "Not a brief: there is no '# Title' line and no known '## ' heading such as '## Objective'.");
        }
        for (Section s : sections) {
            String body = trimBlankLines(s.lines);
            BriefField target = s.field == null ? BriefField.NOTES : s.field;
            String kept = s.field == null && s.heading != null ? join(s.heading, body, "\n") : body;
            if (!kept.isEmpty()) {
                found.computeIfAbsent(target, f -> new ArrayList<>()).add(kept);
            }
        }
        Map<BriefField, String> values = new EnumMap<>(BriefField.class);
        found.forEach((f, texts) -> values.put(f, String.join("\n\n", texts)));
        title.filter(t -> !t.isEmpty()).ifPresent(t -> values.put(BriefField.TITLE, t));
        return Brief.of(values);
    }

    private static String escape(String value) {
        String[] lines = value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ESCAPABLE.matcher(lines[i]);
            out.append(m.matches() ? m.group(1) + "\\" + m.group(2) + m.group(3) : lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String unescape(String line) {
        Matcher m = ESCAPED.matcher(line);
        return m.matches() ? m.group(1) + m.group(2) : line;
    }

    private static String stripClosing(String heading) {
        return heading.replaceAll("[ \\t]+#+[ \\t]*$", "").replaceAll("^#+$", "");
    }

    private static String trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }

    private static String join(String a, String b, String separator) {
        return b.isEmpty() ? a : a + separator + b;
    }

    /** The lines under one heading; {@code field} null for text before any field or under an unknown heading. */
    private static final class Section {
        final BriefField field;
        final String heading;
        final List<String> lines = new ArrayList<>();

        Section(BriefField field, String heading) {
            this.field = field;
            this.heading = heading;
        }
    }
}
