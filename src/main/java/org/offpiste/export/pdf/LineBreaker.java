package org.offpiste.export.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wraps text into lines no wider than a width: at spaces, and a word longer than a whole line
 * is cut where it must be, so nothing ever runs past the margin.
 */
public final class LineBreaker {
    private static final Pattern BREAKS = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private final PdfFonts fonts;

    public LineBreaker(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Every line break of {@code text} starts a new line; blank lines are kept as one empty line. */
    public List<Line> paragraphs(String text, TextStyle style, float width) {
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        for (String paragraph : BREAKS.split(text.strip(), -1)) {
            if (paragraph.isBlank()) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                out.add(new Line(List.of(), style, 0));
            }
            blank = false;
            out.addAll(wrap(paragraph, style, width));
        }
        return out;
    }

    /** One paragraph: line breaks and runs of whitespace count as one space. */
    public List<Line> wrap(String text, TextStyle style, float width) {
        String flat = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : SPACES.split(flat)) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (measure(candidate, style) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                lines.add(line(current.toString(), style));
                current.setLength(0);
            }
            String rest = word;
            while (measure(rest, style) > width) {
                int cut = longestFit(rest, style, width);
                lines.add(line(rest.substring(0, cut), style));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (current.length() > 0) {
            lines.add(line(current.toString(), style));
        }
        return lines;
    }

    /** The text cut to fit {@code width}, ending with "…" when it had to be cut. */
    public Line ellipsized(String text, TextStyle style, float width) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (measure(flat, style) <= width) {
            return line(flat, style);
        }
        int cut = longestFit(flat, style, width - measure("…", style));
        return line(flat.substring(0, cut).stripTrailing() + "…", style);
    }

    public float measure(String text, TextStyle style) {
        return PdfFonts.width(fonts.runs(text, style.bold()), style.size());
    }

    private Line line(String text, TextStyle style) {
        List<PdfFonts.Run> runs = fonts.runs(Bidi.visual(text), style.bold());
        return new Line(runs, style, PdfFonts.width(runs, style.size()));
    }

    /** How many chars of {@code s} fit (at least one code point, never half of a pair). */
    private int longestFit(String s, TextStyle style, float width) {
        int fit = s.offsetByCodePoints(0, 1);
        for (int i = fit; i < s.length(); ) {
            int nextEnd = s.offsetByCodePoints(i, 1);
            if (measure(s.substring(0, nextEnd), style) > width) {
                break;
            }
            fit = nextEnd;
            i = nextEnd;
        }
        return fit;
    }
}
