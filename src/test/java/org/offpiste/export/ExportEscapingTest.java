package org.offpiste.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.board.NewIdea;
import org.offpiste.export.pdf.FontFiles;
import org.offpiste.i18n.Messages;

/** Whatever a title or body holds stays that title or text in every format, read back by a real parser. */
class ExportEscapingTest {
    private static final String BODY = ShortlistSamples.MARKDOWN_BODY + "\n<b>html</b> & &amp; | pipe";
    private final List<Idea> ideas = List.of(
            ShortlistSamples.idea(1, ShortlistSamples.HOSTILE_TITLE, BODY, "=tag", "ok"),
            ShortlistSamples.idea(2, "+1 for the moon", "-5 degrees at night", "@mention"),
            ShortlistSamples.idea(3, "-minus first", "@at first\n=SUM(A1:A2)", "tag"),
            ShortlistSamples.idea(4, "@handle first", "'=already quoted", "x"),
            ShortlistSamples.idea(5, "## Fake heading | with | pipes", "1) not a list\n+ not either\n---", "y"));

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Test
    void csvCellsNeverStartAFormulaAndReadBackAsTheSameIdeas() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaCsvWriter().write(ideas, out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(ideas.size());
        for (CSVRecord row : rows) {
            for (String column : List.of("title", "body", "tags", "author")) {
                assertThat(row.get(column)).as(column).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
            }
        }
        assertThat(rows.get(0).get("title")).isEqualTo("'" + ShortlistSamples.HOSTILE_TITLE);
        assertThat(rows.get(3).get("body")).isEqualTo("''=already quoted");

        List<NewIdea> back = new IdeaCsvReader("someone").read(new StringReader(out.toString()));
        assertThat(back).extracting(NewIdea::title).containsExactlyElementsOf(ideas.stream().map(Idea::title).toList());
        assertThat(back).extracting(NewIdea::body).containsExactlyElementsOf(ideas.stream().map(Idea::body).toList());
        assertThat(back.get(0).tags()).containsExactly("=tag", "ok");
    }

    @Test
    void jsonParsesBackToTheSameTitlesAndBodies() throws Exception {
        StringWriter out = new StringWriter();
        new ProjectJsonWriter(ShortlistSamples.T).write(ExportSource.of(ShortlistSamples.brief("museum-late.md"), ideas),
                out);

        JsonNode read = new ObjectMapper().readTree(out.toString()).get("ideas");
        for (int i = 0; i < ideas.size(); i++) {
            assertThat(read.get(i).get("title").asText()).isEqualTo(ideas.get(i).title());
            assertThat(read.get(i).get("body").asText()).isEqualTo(ideas.get(i).body());
        }
        assertThat(out.toString()).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
    }

    @Test
    void markdownTitlesAreOneHeadingLineEachAndBodiesStayPlainText() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaMarkdownWriter(new Messages(Locale.ENGLISH)).write(
                ExportSource.of(ShortlistSamples.brief("museum-late.md").with(org.offpiste.brief.BriefField.TITLE,
                        "<script>x</script> # | *brief*"), ideas), out);
        String md = out.toString();

        Node doc = Parser.builder().build().parse(md);
        List<Heading> headings = new ArrayList<>();
        List<String> structure = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }

            @Override
            public void visit(HtmlInline html) {
                structure.add("html " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                structure.add("html block " + html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                structure.add("link " + link.getDestination());
            }

            @Override
            public void visit(Code code) {
                structure.add("code " + code.getLiteral());
            }

            @Override
            public void visit(Emphasis e) {
                structure.add("emphasis");
            }

            @Override
            public void visit(StrongEmphasis e) {
                structure.add("strong");
            }

            @Override
            public void visit(BlockQuote q) {
                structure.add("quote");
            }

            @Override
            public void visit(OrderedList l) {
                structure.add("ordered list");
            }

            @Override
            public void visit(FencedCodeBlock c) {
                structure.add("fence");
            }
        });
        assertThat(structure).isEmpty();
        assertThat(headings).hasSize(1 + ideas.size());
        assertThat(text(headings.get(0))).isEqualTo("<script>x</script> # | *brief*");
        for (int i = 0; i < ideas.size(); i++) {
            Heading h = headings.get(i + 1);
            assertThat(h.getLevel()).isEqualTo(2);
            assertThat(text(h)).isEqualTo(oneLine(ideas.get(i).title()));
        }
        assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(ideas.size());
        Node firstBody = headings.get(1).getNext();
        StringBuilder body = new StringBuilder();
        for (Node n = firstBody; n instanceof Paragraph; n = n.getNext()) {
            body.append(body.length() == 0 ? "" : "\n\n").append(text(n));
        }
        assertThat(body.toString()).isEqualTo(BODY);
        Node second = headings.get(2).getNext();
        assertThat(second).isInstanceOf(Paragraph.class);
        assertThat(text(second)).isEqualTo("-5 degrees at night");
        assertThat(text(headings.get(5).getNext())).isEqualTo("1) not a list\n+ not either\n---");
        assertThat(headings.get(5).getNext().getNext()).isInstanceOf(BulletList.class);
    }

    @Test
    void pdfTextIsWhatWasPutIn() throws Exception {
        PdfLook pdf = PdfLook.of(ExportSource.of(ShortlistSamples.brief("museum-late.md"), ideas), Locale.ENGLISH,
                FontFiles.system());

        String text = String.join("\n", pdf.text());
        for (Idea idea : ideas) {
            assertThat(oneLine(text)).contains(oneLine(idea.title()));
            for (String line : idea.body().split("\n")) {
                if (!line.isBlank()) {
                    assertThat(text).contains(line);
                }
            }
        }
    }

    /** A node's text as a reader sees it: a soft break is a space, a hard break a newline. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                out.append(t.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                out.append('\n');
            }
        });
        return out.toString();
    }
}
