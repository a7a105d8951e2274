package org.offpiste.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.offpiste.board.Idea;
import org.offpiste.brief.BriefField;
import org.offpiste.export.pdf.Block;
import org.offpiste.export.pdf.FontFiles;
import org.offpiste.export.pdf.LineBreaker;
import org.offpiste.export.pdf.PageDrawer;
import org.offpiste.export.pdf.Pages;
import org.offpiste.export.pdf.PdfFonts;
import org.offpiste.export.pdf.TextStyle;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Strength;

/**
 * The Shortlist as a one-pager for a client (A4, PDF): the brief's title, client, objective and
 * insight, then each idea with its body, tags and scores (weighted score, dots of the latest
 * closed vote round, duel win chance with its interval); a header and a footer (date, "Made
 * with Offpiste", page) on every page. Ideas flow onto further pages, none split when it fits on
 * one. Labels come from the {@code export} bundle of {@code labels}.
 */
public final class ShortlistPdfWriter {
    static final float MARGIN_X = 64;
    static final float CONTENT_TOP = 84;
    static final float CONTENT_BOTTOM = 84;
    static final int DARK = 0x1F2328;
    static final int MUTED = 0x59636E;
    static final int ACCENT = 0x0E6B68;
    static final int RULE = 0xD0D7DE;
    private static final TextStyle KICKER = new TextStyle(true, 9, 14, ACCENT);
    private static final TextStyle TITLE = new TextStyle(true, 24, 29, DARK);
    private static final TextStyle CLIENT = new TextStyle(false, 12.5f, 18, MUTED);
    private static final TextStyle LABEL = new TextStyle(true, 8.5f, 14, ACCENT);
    private static final TextStyle TEXT = new TextStyle(false, 10.5f, 15, DARK);
    private static final TextStyle IDEA = new TextStyle(true, 13.5f, 18, DARK);
    private static final TextStyle META = new TextStyle(false, 9, 13, MUTED);
    private static final TextStyle SMALL = new TextStyle(false, 8, 11, MUTED);
    private final Messages labels;
    private final LocalDate date;
    private final List<FontFiles.Face> fonts;

    /** @param fonts the system fonts to draw what Helvetica lacks ({@link FontFiles#system()}; empty: none) */
    public ShortlistPdfWriter(Messages labels, LocalDate date, List<FontFiles.Face> fonts) {
        this.labels = labels;
        this.date = date;
        this.fonts = List.copyOf(fonts);
    }

    public void write(ExportSource source, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts pdfFonts = new PdfFonts(document, fonts)) {
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN_X;
            float height = a4.getHeight() - CONTENT_TOP - CONTENT_BOTTOM;
            LineBreaker breaker = new LineBreaker(pdfFonts);
            Pages pages = new Pages(height, height);
            pages.add(opening(source, breaker, width));
            int n = 0;
            for (Idea idea : source.ideas()) {
                pages.add(idea(++n, idea, source.judgements(), breaker, width));
            }
            List<List<Pages.Placed>> laid = pages.pages();
            for (int i = 0; i < laid.size(); i++) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PageDrawer draw = new PageDrawer(document, page)) {
                    frame(draw, breaker, source, i + 1, laid.size(), a4, width);
                    draw.items(laid.get(i), MARGIN_X, CONTENT_TOP, width);
                }
            }
            info(document, source);
            document.save(out);
        }
    }

    private Block opening(ExportSource source, LineBreaker breaker, float width) {
        Block b = new Block();
        b.line(breaker.ellipsized(labels.get("export.pdf.kicker").toUpperCase(labels.locale()), KICKER, width), 0);
        b.lines(breaker.wrap(title(source), TITLE, width), 0);
        String client = source.brief().get(BriefField.CLIENT);
        if (!client.isBlank()) {
            b.gap(2).lines(breaker.wrap(labels.get("export.pdf.client", client.strip()), CLIENT, width), 0);
        }
        b.gap(10);
        for (BriefField f : new BriefField[] {BriefField.OBJECTIVE, BriefField.INSIGHT}) {
            String text = source.brief().get(f);
            if (!text.isBlank()) {
                b.gap(8).line(breaker.ellipsized(labels.get("export.pdf." + f.key()).toUpperCase(labels.locale()),
                        LABEL, width), 0);
                b.lines(breaker.paragraphs(text, TEXT, width), 0);
            }
        }
        b.gap(14).rule(1, RULE).gap(12);
        b.line(breaker.ellipsized(labels.get("export.pdf.ideas", source.ideas().size()).toUpperCase(labels.locale()),
                LABEL, width), 0);
        return b;
    }

    private Block idea(int n, Idea idea, Judgements judgements, LineBreaker breaker, float width) {
        Block b = new Block().gap(n == 1 ? 6 : 16);
        float indent = breaker.measure("00  ", IDEA);
        List<org.offpiste.export.pdf.Line> title = breaker.wrap(idea.title(), IDEA, width - indent);
        b.beside(breaker.ellipsized(n + ".", new TextStyle(true, IDEA.size(), IDEA.leading(), ACCENT), indent), 0);
        b.lines(title, indent);
        if (!idea.body().isBlank()) {
            b.gap(3).lines(breaker.paragraphs(idea.body(), TEXT, width - indent), indent);
        }
        List<String> meta = new ArrayList<>();
        if (!idea.tags().isEmpty()) {
            meta.add(labels.get("export.pdf.tags", String.join(", ", idea.tags())));
        }
        meta.addAll(scores(idea.id(), judgements));
        if (!meta.isEmpty()) {
            b.gap(5);
            for (String m : meta) {
                b.lines(breaker.wrap(m, META, width - indent), indent);
            }
        }
        return b;
    }

    /** The idea's weighted score, dots and win chance, those it has. */
    private List<String> scores(long id, Judgements judgements) {
        List<String> out = new ArrayList<>();
        Optional<IdeaScore> score = judgements.score(id);
        score.ifPresent(s -> out.add(labels.get("export.pdf.score", s.score(), s.raters())));
        Optional<RoundResult> round = judgements.latestClosedRound();
        round.flatMap(r -> r.dots(id)).ifPresent(dots ->
                out.add(labels.get("export.pdf.dots", dots, round.get().round().name().strip())));
        Optional<Strength> strength = judgements.strength(id);
        strength.ifPresent(s -> out.add(labels.get("export.pdf.duels", s.winChance(), s.low(), s.high(), s.duels())));
        return out;
    }

    /** The header and footer of a page. */
    private void frame(PageDrawer draw, LineBreaker breaker, ExportSource source, int page, int pages, PDRectangle a4,
                       float width) throws IOException {
        float right = a4.getWidth() - MARGIN_X;
        var pageLine = breaker.ellipsized(labels.get("export.pdf.page", page, pages), SMALL, width / 3);
        draw.textRight(pageLine, right, 44);
        draw.text(breaker.ellipsized(title(source), SMALL, width - pageLine.width() - 24), MARGIN_X, 44);
        draw.rule(MARGIN_X, right, 62, RULE, 0.5f);
        float footer = a4.getHeight() - 62;
        draw.rule(MARGIN_X, right, footer, RULE, 0.5f);
        var made = breaker.ellipsized(labels.get("export.pdf.madeWith"), SMALL, width / 2);
        draw.textRight(made, right, footer + 6);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale()).format(date);
        draw.text(breaker.ellipsized(day, SMALL, width - made.width() - 24), MARGIN_X, footer + 6);
    }

    private String title(ExportSource source) {
        String t = source.brief().get(BriefField.TITLE).strip();
        return t.isEmpty() ? labels.get("export.pdf.untitled") : t;
    }

    private void info(PDDocument document, ExportSource source) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title(source));
        info.setCreator("Offpiste");
    }
}
