package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown turned into plain text with styles: the text as it reads (markers gone, list
 * bullets and numbers kept), style spans for emphasis, strong, code and links, and one style per
 * line for headings, list items, code blocks and quotes. The view paints it; a person can select
 * and copy the text.
 */
final class MarkdownText {
    /** Characters {@code [start, end)} carry the style class {@code style}. */
    record Span(int start, int end, String style) {
    }

    /** A piece of a line with the style classes that cover it. */
    record Run(String text, List<String> styles) {
    }

    /** The text, its spans, and the style class of each of its lines. */
    record Rendered(String text, List<Span> spans, List<String> lineStyles) {
        /** The style class of a plain paragraph's lines. */
        static final String PARAGRAPH = "md-p";

        /** Each line cut where styles start or end (at least one run per line, maybe empty). */
        List<List<Run>> lines() {
            String[] lines = text.split("\n", -1);
            List<List<Run>> out = new ArrayList<>(lines.length);
            int offset = 0;
            for (String line : lines) {
                out.add(runs(line, offset, spans));
                offset += line.length() + 1;
            }
            return out;
        }

        String lineStyle(int line) {
            return line < lineStyles.size() ? lineStyles.get(line) : Builder.PARAGRAPH;
        }

        private static List<Run> runs(String line, int from, List<Span> spans) {
            int to = from + line.length();
            java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(from, to));
            List<Span> here = new ArrayList<>();
            for (Span s : spans) {
                if (s.start() < to && s.end() > from) {
                    here.add(s);
                    cuts.add(Math.max(from, s.start()));
                    cuts.add(Math.min(to, s.end()));
                }
            }
            List<Run> out = new ArrayList<>();
            Integer a = cuts.first();
            for (Integer b : cuts.tailSet(a, false)) {
                List<String> styles = new ArrayList<>();
                for (Span s : here) {
                    if (s.start() <= a && s.end() >= b) {
                        styles.add(s.style());
                    }
                }
                out.add(new Run(line.substring(a - from, b - from), List.copyOf(styles)));
                a = b;
            }
            if (out.isEmpty()) {
                out.add(new Run("", List.of()));
            }
            return out;
        }
    }

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    static Rendered render(String markdown) {
        Builder b = new Builder();
        PARSER.parse(markdown == null ? "" : markdown).accept(b);
        if (b.lines.isEmpty()) {
            b.lines.add(Builder.PARAGRAPH);
        }
        return new Rendered(b.out.toString(), List.copyOf(b.spans), List.copyOf(b.lines));
    }

    /** Plain text without styles, one line style per line (while a long answer streams). */
    static Rendered plain(String text) {
        List<String> lines = new ArrayList<>();
        for (int i = text.split("\n", -1).length; i > 0; i--) {
            lines.add(Builder.PARAGRAPH);
        }
        return new Rendered(text, List.of(), lines);
    }

    private static final class Builder extends AbstractVisitor {
        static final String PARAGRAPH = Rendered.PARAGRAPH;
        final StringBuilder out = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        private String lineStyle = PARAGRAPH;
        private int depth;
        private boolean itemOpen;

        private void line(String style) {
            if (!lines.isEmpty()) {
                out.append('\n');
            }
            lines.add(style);
        }

        /** A blank line before a block that follows another at the same level. */
        private void gap(Node block) {
            if (block.getPrevious() != null && depth == 0) {
                line(PARAGRAPH);
            }
        }

        private void styled(String style, Node node) {
            int start = out.length();
            visitChildren(node);
            if (out.length() > start) {
                spans.add(new Span(start, out.length(), style));
            }
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (itemOpen) {
                itemOpen = false; // the item's first paragraph goes on the bullet's line
            } else {
                gap(paragraph);
                line(lineStyle);
                quoteMark();
            }
            visitChildren(paragraph);
        }

        /** A quoted line starts with a bar. */
        private void quoteMark() {
            if ("md-quote".equals(lineStyle)) {
                int start = out.length();
                out.append("▍ ");
                spans.add(new Span(start, out.length(), "md-marker"));
            }
        }

        @Override
        public void visit(Heading heading) {
            gap(heading);
            line("md-h" + Math.min(3, heading.getLevel()));
            styled("md-strong", heading);
        }

        @Override
        public void visit(BulletList list) {
            items(list, false, 1);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            items(list, true, start == null ? 1 : start);
        }

        private void items(Node list, boolean ordered, int first) {
            gap(list);
            depth++;
            int n = first;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                line("md-li");
                String indent = "    ".repeat(depth - 1);
                int start = out.length();
                out.append(indent).append(ordered ? (n++) + ". " : depth % 2 == 1 ? "•  " : "◦  ");
                spans.add(new Span(start, out.length(), "md-marker"));
                itemOpen = true;
                visitChildren(item);
                itemOpen = false;
            }
            depth--;
        }

        @Override
        public void visit(ListItem listItem) {
            visitChildren(listItem);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeLines(code, code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeLines(code, code.getLiteral());
        }

        private void codeLines(Node code, String literal) {
            gap(code);
            String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            for (String l : body.split("\n", -1)) {
                line("md-code-block");
                int start = out.length();
                out.append(l);
                if (out.length() > start) {
                    spans.add(new Span(start, out.length(), "md-code"));
                }
            }
            itemOpen = false;
        }

        @Override
        public void visit(BlockQuote quote) {
            gap(quote);
            String before = lineStyle;
            lineStyle = "md-quote";
            int d = depth;
            depth = 1; // no blank lines inside the quote
            visitChildren(quote);
            depth = d;
            lineStyle = before;
        }

        @Override
        public void visit(ThematicBreak rule) {
            gap(rule);
            line("md-hr");
            out.append("———");
        }

        @Override
        public void visit(HtmlBlock html) {
            gap(html);
            line(lineStyle);
            out.append(html.getLiteral().strip());
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            int start = out.length();
            out.append(code.getLiteral());
            spans.add(new Span(start, out.length(), "md-code"));
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled("md-em", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled("md-strong", strong);
        }

        @Override
        public void visit(Link link) {
            styled("md-link", link);
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            line(lines.isEmpty() ? lineStyle : lines.get(lines.size() - 1));
            quoteMark();
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            line(lines.isEmpty() ? lineStyle : lines.get(lines.size() - 1));
            quoteMark();
        }
    }
}
