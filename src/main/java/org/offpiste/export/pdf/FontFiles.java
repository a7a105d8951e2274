package org.offpiste.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * TrueType fonts a machine may have for the characters Helvetica lacks (other scripts, symbols):
 * where Linux distributions, Windows and macOS keep DejaVu Sans, Noto Sans, Liberation Sans,
 * Arial, Segoe UI and the Droid fallback font; last, the Liberation Sans that PDFBox itself
 * carries (Latin, Greek, Cyrillic), so even a machine without fonts draws those. None is
 * downloaded and none is required.
 */
public final class FontFiles {
    /** Opens a font file's bytes. */
    public interface Source {
        RandomAccessRead open() throws IOException;
    }

    /** A regular face and its bold one (null: the regular face serves for bold too). */
    public record Face(String name, Source regular, Source bold) {
        /** A face from files; {@code bold} may be null. */
        public static Face of(Path regular, Path bold) {
            return new Face(regular.toString(), () -> new RandomAccessReadBufferedFile(regular.toFile()),
                    bold == null ? null : () -> new RandomAccessReadBufferedFile(bold.toFile()));
        }
    }

    /** The Liberation Sans inside PDFBox's jar. */
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String[][] CANDIDATES = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"},
        {"/usr/share/fonts/noto/NotoSans-Regular.ttf", "/usr/share/fonts/noto/NotoSans-Bold.ttf"},
        {"/usr/share/fonts/google-noto/NotoSans-Regular.ttf", "/usr/share/fonts/google-noto/NotoSans-Bold.ttf"},
        {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
        {"/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
            "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"},
        {"C:\\Windows\\Fonts\\segoeui.ttf", "C:\\Windows\\Fonts\\segoeuib.ttf"},
        {"C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"},
        {"/System/Library/Fonts/Supplemental/Arial Unicode.ttf", null},
        {"/Library/Fonts/Arial Unicode.ttf", null},
        {"/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"},
        {"/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"},
        {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", null},
        {"/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", null},
    };

    private FontFiles() {
    }

    /** The candidates that exist on this machine, in the order they are tried, then the bundled one. */
    public static List<Face> system() {
        List<Face> out = new ArrayList<>();
        for (String[] c : CANDIDATES) {
            Path regular = Path.of(c[0]);
            if (Files.isReadable(regular)) {
                Path bold = c[1] == null ? null : Path.of(c[1]);
                out.add(Face.of(regular, bold != null && Files.isReadable(bold) ? bold : null));
            }
        }
        out.add(bundled());
        return out;
    }

    /** The Liberation Sans PDFBox carries: what a machine without any font still has. */
    public static Face bundled() {
        return new Face("LiberationSans (PDFBox)", () -> {
            try (InputStream in = FontFiles.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("PDFBox's own font is missing: " + BUNDLED);
                }
                return new RandomAccessReadBuffer(in.readAllBytes());
            }
        }, null);
    }
}
