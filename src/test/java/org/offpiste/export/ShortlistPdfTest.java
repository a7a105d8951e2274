package org.offpiste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.brief.BriefField;
import org.offpiste.export.pdf.FontFiles;

/** The Shortlist's one-pager, written, read back with PDFBox and rendered to images. */
class ShortlistPdfTest {
    /** Nothing may be drawn this close to a page's edge (points; pixels at 72 dpi). */
    private static final int MARGIN = 36;

    private static String flat(String s) {
        return PdfLook.flat(s);
    }

    @Test
    void englishShortlistIsOneA4PageWithTheBriefEveryIdeaItsScoresAndTheFooter() throws IOException {
        ExportSource source = ShortlistSamples.english();
        PdfLook pdf = PdfLook.of(source, Locale.ENGLISH, FontFiles.system());

        assertThat(pdf.pages()).isEqualTo(1);
        try (PDDocument d = Loader.loadPDF(pdf.bytes)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(d.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
        String text = flat(pdf.text().get(0));
        assertThat(text).contains(flat(source.brief().get(BriefField.TITLE)),
                "For " + flat(source.brief().get(BriefField.CLIENT)),
                "OBJECTIVE " + flat(source.brief().get(BriefField.OBJECTIVE)),
                "INSIGHT " + flat(source.brief().get(BriefField.INSIGHT)));
        for (Idea idea : source.ideas()) {
            assertThat(text).contains(flat(idea.title()), flat(idea.body()), "Tags: " + String.join(", ", idea.tags()));
        }
        assertThat(text).contains("1. Specimen speed-dating", "Weighted score 4.4 / 5 (3 raters)",
                "5 dots in the vote \u201cWorkshop vote\u201d", "Duel win chance 72% (50%–86%, 9 duels)",
                "November 29, 2026", "Made with Offpiste", "Page 1 of 1");
        assertThat(text).doesNotContain("Second round");
    }

    @Test
    void frenchBriefGetsFrenchLabelsAndItsCharactersExactlyWithHelveticaAlone() throws IOException {
        ExportSource source = ShortlistSamples.french();
        PdfLook pdf = PdfLook.of(source, Locale.ENGLISH, FontFiles.system());

        String text = flat(pdf.text().get(0));
        for (Idea idea : source.ideas()) {
            assertThat(text).contains(flat(idea.title()), flat(idea.body()));
        }
        assertThat(text).contains("é è à ç œ € ’ « » – —".split(" "));
        assertThat(text).contains("SÉLECTION", "OBJECTIF", "Étiquettes : été, familles", "Score pondéré 4,4 / 5",
                "5 gommettes au vote « Vote de l’atelier »", "29 novembre 2026", "Réalisé avec Offpiste", "Page 1 sur 1");
        assertThat(fontNames(pdf)).allMatch(name -> name.startsWith("Helvetica"));
    }

    @Test
    void ideasFlowOntoFurtherPagesWithTheHeaderAndFooterRepeatedAndNoIdeaSplit() throws IOException {
        ExportSource source = ShortlistSamples.long12();
        PdfLook pdf = PdfLook.of(source, Locale.ENGLISH, FontFiles.system());

        List<String> pages = pdf.text();
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(flat(pages.get(p))).contains("After dark at the natural history museum",
                    "Page " + (p + 1) + " of " + pages.size(), "Made with Offpiste", "November 29, 2026");
        }
        for (Idea idea : source.ideas()) {
            if (idea.title().startsWith("Idea number")) {
                String whole = flat(idea.title()) + " " + flat(idea.body());
                assertThat(pages.stream().filter(p -> flat(p).contains(whole)).count())
                        .as("idea %d whole on one page", idea.id()).isEqualTo(1);
            }
        }
    }

    @Test
    void anIdeaLongerThanAPageIsSplitBetweenLinesAndLosesNoWord() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            body.append("Sentence number ").append(i).append(" of a very long idea description. ");
            if (i % 10 == 0) {
                body.append("\n\n");
            }
        }
        ExportSource source = ExportSource.of(ShortlistSamples.brief("museum-late.md"),
                List.of(ShortlistSamples.idea(1, "Short one", "Fits."), ShortlistSamples.idea(2, "The long one",
                        body.toString())));
        PdfLook pdf = PdfLook.of(source, Locale.ENGLISH, FontFiles.system());

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        StringBuilder content = new StringBuilder();
        for (String page : pdf.text()) {
            page.lines().filter(l -> !l.startsWith("Page ") && !l.contains("Made with Offpiste"))
                    .forEach(l -> content.append(l).append(' '));
        }
        String all = flat(content.toString());
        for (int i = 1; i <= 120; i++) {
            assertThat(all).contains("Sentence number " + i + " of a very long idea description.");
        }
        assertThat(flat(pdf.text().get(0))).contains("The long one");
        for (BufferedImage page : pdf.images(72)) {
            assertThat(inkOutsideMargins(page)).isEmpty();
        }
    }

    @Test
    void nothingIsDrawnInTheMarginsOfAnyPageEvenForAWordLongerThanALine() throws IOException {
        PdfLook pdf = PdfLook.of(ShortlistSamples.long12(), Locale.ENGLISH, FontFiles.system());

        List<BufferedImage> images = pdf.images(72);
        assertThat(images).hasSize(pdf.pages());
        for (BufferedImage page : images) {
            assertThat(inkOutsideMargins(page)).isEmpty();
        }
        String all = flat(String.join(" ", pdf.text())).replace(" ", "");
        assertThat(all).contains("Supercalifragilisticexpialidocious".repeat(4));
    }

    @Test
    void aTitleWithMarkupQuotesPipesTabsAndANewlineStaysItsTextAndAMarkdownBodyStaysText() throws IOException {
        PdfLook pdf = PdfLook.of(ShortlistSamples.long12(), Locale.ENGLISH, FontFiles.system());

        String all = flat(String.join("\n", pdf.text()));
        assertThat(all).contains(flat(ShortlistSamples.HOSTILE_TITLE));
        assertThat(String.join("\n", pdf.text())).contains("# Not a heading", "- not a list", "1. not ordered",
                "**not bold** [not](a link) `code`", "> no quote");
    }

    @Test
    void charactersHelveticaLacksComeFromPdfBoxsOwnFontOrAVisibleReplacement() throws IOException {
        ExportSource source = ExportSource.of(ShortlistSamples.brief("museum-late.md"),
                List.of(ShortlistSamples.idea(1, "Ночной музей ελληνικά", "Emoji 😀 日本語 end")));

        PdfLook bundled = PdfLook.of(source, Locale.ENGLISH, List.of(FontFiles.bundled()));
        String text = flat(bundled.text().get(0));
        assertThat(text).contains("Ночной музей ελληνικά");
        assertThat(text).containsPattern("Emoji [?\uFFFD] [?\uFFFD]{3} end");
        assertThat(fontNames(bundled)).anyMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans.*"));

        PdfLook none = PdfLook.of(source, Locale.ENGLISH, List.of());
        assertThat(flat(none.text().get(0))).contains("?????? ????? ????????", "Emoji ? ??? end");
    }

    @Test
    void aSystemFontIsEmbeddedAsASubsetForOtherScriptsWhenTheMachineHasOne() throws IOException {
        List<FontFiles.Face> system = FontFiles.system();
        org.junit.jupiter.api.Assumptions.assumeTrue(system.size() > 1, "no system TrueType font on this machine");
        ExportSource source = ExportSource.of(ShortlistSamples.brief("museum-late.md"),
                List.of(ShortlistSamples.idea(1, "Шортлист", "Ελληνικά and שלום")));

        PdfLook pdf = PdfLook.of(source, Locale.ENGLISH, system);

        assertThat(flat(pdf.text().get(0))).contains("Шортлист", "Ελληνικά and שלום");
        assertThat(fontNames(pdf)).anyMatch(name -> name.matches("[A-Z]{6}\\+.*"));
    }

    /** Points (at 72 dpi) within {@link #MARGIN} of an edge that are not white. */
    private static List<String> inkOutsideMargins(BufferedImage page) {
        List<String> ink = new ArrayList<>();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                boolean margin = x < MARGIN || y < MARGIN || x >= page.getWidth() - MARGIN
                        || y >= page.getHeight() - MARGIN;
                if (margin && (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF && ink.size() < 10) {
                    ink.add(x + "," + y);
                }
            }
        }
        return ink;
    }

    private static List<String> fontNames(PdfLook pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.bytes)) {
            for (PDPage page : d.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    names.add(f.getName());
                }
            }
        }
        return names;
    }
}
