package org.offpiste.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.export.pdf.FontFiles;
import org.offpiste.i18n.Messages;

/** Writes a shortlist PDF and looks at it: its text per page and its pages rendered as images. */
final class PdfLook {
    static final float DPI = 72;
    final byte[] bytes;

    private PdfLook(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code person}: the person's language, used when the brief names neither French nor English. */
    static PdfLook of(ExportSource source, Locale person, List<FontFiles.Face> fonts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Messages labels = new Messages(BriefLanguage.of(source.brief(), person));
        new ShortlistPdfWriter(labels, LocalDate.of(2026, 11, 29), fonts).write(source, out);
        return new PdfLook(out.toByteArray());
    }

    int pages() throws IOException {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            return d.getNumberOfPages();
        }
    }

    /** The text of each page, as PDFBox extracts it. */
    List<String> text() throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(d));
            }
        }
        return out;
    }

    List<java.awt.image.BufferedImage> images(float dpi) throws IOException {
        List<java.awt.image.BufferedImage> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(bytes)) {
            PDFRenderer r = new PDFRenderer(d);
            for (int p = 0; p < d.getNumberOfPages(); p++) {
                out.add(r.renderImageWithDPI(p, dpi, ImageType.RGB));
            }
        }
        return out;
    }

    /** Whitespace runs as one space: how wrapped text compares with what was put in. */
    static String flat(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
