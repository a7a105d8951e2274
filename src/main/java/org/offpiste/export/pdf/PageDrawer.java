package org.offpiste.export.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws lines and rules on one page, measured from the page's top-left corner in points. */
public final class PageDrawer implements AutoCloseable {
    /** Where the baseline sits in the font size (the rest is room for descenders). */
    private static final float BASELINE = 0.8f;
    private final PDPageContentStream content;
    private final float pageHeight;

    public PageDrawer(PDDocument document, PDPage page) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /** A line whose box starts {@code top} points below the page's top edge. */
    public void text(Line line, float x, float top) throws IOException {
        if (line.runs().isEmpty()) {
            return;
        }
        TextStyle s = line.style();
        float baseline = top + (s.leading() - s.size()) / 2 + s.size() * BASELINE;
        colour(s.rgb());
        content.beginText();
        content.newLineAtOffset(x, pageHeight - baseline);
        for (PdfFonts.Run r : line.runs()) {
            content.setFont(r.font(), s.size());
            content.showText(r.text());
        }
        content.endText();
    }

    /** A line right-aligned to {@code right}. */
    public void textRight(Line line, float right, float top) throws IOException {
        text(line, right - line.width(), top);
    }

    public void rule(float x1, float x2, float top, int rgb, float thickness) throws IOException {
        content.setStrokingColor(r(rgb), g(rgb), b(rgb));
        content.setLineWidth(thickness);
        content.moveTo(x1, pageHeight - top);
        content.lineTo(x2, pageHeight - top);
        content.stroke();
    }

    /** Laid-out items in a text area whose top-left corner is ({@code left}, {@code top}). */
    public void items(List<Pages.Placed> placed, float left, float top, float width) throws IOException {
        for (Pages.Placed p : placed) {
            if (p.item() instanceof Block.Text t) {
                text(t.line(), left + t.indent(), top + p.top());
            } else if (p.item() instanceof Block.Rule r) {
                rule(left, left + width, top + p.top() + r.height() / 2, r.rgb(), 0.5f);
            }
        }
    }

    private void colour(int rgb) throws IOException {
        content.setNonStrokingColor(r(rgb), g(rgb), b(rgb));
    }

    private static float r(int rgb) {
        return (rgb >> 16 & 0xFF) / 255f;
    }

    private static float g(int rgb) {
        return (rgb >> 8 & 0xFF) / 255f;
    }

    private static float b(int rgb) {
        return (rgb & 0xFF) / 255f;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
