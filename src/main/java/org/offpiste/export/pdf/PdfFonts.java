package org.offpiste.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF and which one draws each character. Helvetica (a Standard-14 font, in
 * every PDF reader, nothing embedded) draws what WinAnsiEncoding has: English and French with
 * their punctuation (é è à ç œ € ’ « » – —). Any other character is looked for in the system's
 * TrueType fonts ({@link FontFiles}), loaded only when needed and embedded as a subset; one that
 * none has becomes a visible {@code �} (or {@code ?}), never a crash and never a gap.
 */
public final class PdfFonts implements AutoCloseable {
    /** What stands for a character no font has. */
    static final String MISSING = "\uFFFD";
    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());
    private final PDDocument document;
    private final List<FontFiles.Face> candidates;
    private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont helveticaBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<Fallback> loaded = new ArrayList<>();
    private final Map<Integer, Boolean> inHelvetica = new HashMap<>();
    private int next;

    /** A system font loaded for the characters Helvetica lacks. */
    private record Fallback(TrueTypeFont regularFile, PDFont regular, TrueTypeFont boldFile, PDFont bold,
                            CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** A piece of text in one font. */
    public record Run(PDFont font, String text) {
    }

    public PdfFonts(PDDocument document, List<FontFiles.Face> candidates) {
        this.document = document;
        this.candidates = List.copyOf(candidates);
    }

    public PDFont base(boolean bold) {
        return bold ? helveticaBold : helvetica;
    }

    /**
     * {@code text} cut into runs by the font that draws each character. Control characters become
     * spaces, invisible format characters (joiners, variation selectors) are left out, spaces
     * of every width (no-break ones too) become ordinary spaces.
     */
    public List<Run> runs(String text, boolean bold) {
        List<Run> out = new ArrayList<>();
        PDFont current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String shown = shown(cp);
            if (shown.isEmpty()) {
                continue;
            }
            PDFont font = fontFor(shown.codePointAt(0), bold);
            if (font == null) {
                shown = missing(bold);
                font = fontFor(shown.codePointAt(0), bold);
            }
            if (font != current && pending.length() > 0) {
                out.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = font;
            pending.append(shown);
        }
        if (pending.length() > 0) {
            out.add(new Run(current, pending.toString()));
        }
        return out;
    }

    /** The width of {@code text} at {@code size} points. */
    public static float width(List<Run> runs, float size) {
        float w = 0;
        for (Run r : runs) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("A run that its own font cannot measure: " + r.text(), e);
            }
        }
        return w;
    }

    private static String shown(int cp) {
        int type = Character.getType(cp);
        if (cp == '\t' || cp == '\n' || cp == '\r' || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return " ";
        }
        if (type == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return "";
        }
        if (type == Character.SPACE_SEPARATOR) {
            return " ";
        }
        return new String(Character.toChars(cp));
    }

    private String missing(boolean bold) {
        return fontFor(MISSING.codePointAt(0), bold) != null ? MISSING : "?";
    }

    private PDFont fontFor(int cp, boolean bold) {
        if (inHelvetica.computeIfAbsent(cp, this::encodable)) {
            return base(bold);
        }
        for (int k = 0; ; k++) {
            if (k == loaded.size() && !loadNext()) {
                return null;
            }
            Fallback f = loaded.get(k);
            if (f.has(cp)) {
                return bold ? f.bold() : f.regular();
            }
        }
    }

    private boolean encodable(int cp) {
        try {
            helvetica.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Loads the next candidate that can be read; false when none is left. */
    private boolean loadNext() {
        while (next < candidates.size()) {
            FontFiles.Face face = candidates.get(next++);
            TrueTypeFont regular = null;
            try {
                regular = parse(face.regular());
                PDFont r = PDType0Font.load(document, regular, true);
                TrueTypeFont boldFile = face.bold() == null ? null : parse(face.bold());
                PDFont b = boldFile == null ? r : PDType0Font.load(document, boldFile, true);
                loaded.add(new Fallback(regular, r, boldFile, b, regular.getUnicodeCmapLookup()));
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "Cannot use the font " + face.name() + ": " + e);
                closeQuietly(regular);
            }
        }
        return false;
    }

    private static TrueTypeFont parse(FontFiles.Source source) throws IOException {
        return new TTFParser().parse(source.open());
    }

    /** The system fonts loaded for this document (their names), for tests and the log. */
    public List<String> loadedFallbacks() {
        List<String> names = new ArrayList<>();
        for (Fallback f : loaded) {
            names.add(f.regular().getName());
        }
        return names;
    }

    /** Closes the font files; call after the document is saved. */
    @Override
    public void close() {
        for (Fallback f : loaded) {
            closeQuietly(f.regularFile());
            closeQuietly(f.boldFile());
        }
        loaded.clear();
    }

    private static void closeQuietly(TrueTypeFont font) {
        if (font != null) {
            try {
                font.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not close a font file", e);
            }
        }
    }
}
