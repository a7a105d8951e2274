package org.offpiste.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.offpiste.export.pdf.FontFiles;

/** Writes the sample shortlists as PDF and PNG into a folder, to look at: {@code ShortlistPdfDemo FOLDER [DPI]}. */
public final class ShortlistPdfDemo {
    private ShortlistPdfDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf-demo");
        float dpi = args.length > 1 ? Float.parseFloat(args[1]) : 80;
        Files.createDirectories(dir);
        write(dir, "shortlist-en", PdfLook.of(ShortlistSamples.english(), Locale.ENGLISH, FontFiles.system()), dpi);
        write(dir, "shortlist-fr", PdfLook.of(ShortlistSamples.french(), Locale.FRENCH, FontFiles.system()), dpi);
        write(dir, "shortlist-long", PdfLook.of(ShortlistSamples.long12(), Locale.ENGLISH, FontFiles.system()), dpi);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            body.append("Sentence number ").append(i).append(" of a very long idea description. ");
            body.append(i % 10 == 0 ? "\n\n" : "");
        }
        write(dir, "shortlist-split", PdfLook.of(ExportSource.of(ShortlistSamples.brief("museum-late.md"),
                List.of(ShortlistSamples.idea(1, "Short one", "Fits."), ShortlistSamples.idea(2, "The long one",
                        body.toString()))), Locale.ENGLISH, FontFiles.system()), dpi);
        write(dir, "shortlist-nofonts", PdfLook.of(ShortlistSamples.long12(), Locale.ENGLISH, List.of()), dpi);
    }

    private static void write(Path dir, String name, PdfLook pdf, float dpi) throws Exception {
        Files.write(dir.resolve(name + ".pdf"), pdf.bytes);
        List<java.awt.image.BufferedImage> pages = pdf.images(dpi);
        for (int i = 0; i < pages.size(); i++) {
            ImageIO.write(pages.get(i), "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
