package org.offpiste.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.IdeaScore;

/**
 * Writes ideas as a Markdown document: the brief's title as the {@code #} heading, then one
 * {@code ##} heading per idea with its body and a short list of tags, status, author, weighted
 * score and comments. Whatever the ideas hold is escaped ({@link MarkdownText}): a title stays
 * one heading line, a body stays text. Labels come from the {@code export} bundle in the
 * language of {@code messages}.
 */
public final class IdeaMarkdownWriter {
    private final Messages messages;

    public IdeaMarkdownWriter(Messages messages) {
        this.messages = messages;
    }

    /** {@code title}: the brief's title; blank gives a generic heading. */
    public void write(String title, List<Idea> ideas, Writer out) throws IOException {
        write(ExportSource.of(Brief.empty().with(BriefField.TITLE, title == null ? "" : title), ideas), out);
    }

    public void write(ExportSource source, Writer out) throws IOException {
        String title = source.brief().get(BriefField.TITLE);
        String heading = title.isBlank() ? messages.get("export.md.untitled") : title;
        out.write("# " + MarkdownText.line(heading) + "\n");
        if (source.ideas().isEmpty()) {
            out.write("\n" + messages.get("export.md.none") + "\n");
        }
        java.util.Map<Long, Integer> comments = source.history().commentCounts();
        for (Idea idea : source.ideas()) {
            out.write("\n## " + MarkdownText.line(idea.title()) + "\n\n");
            if (!idea.body().isBlank()) {
                out.write(MarkdownText.block(idea.body()) + "\n\n");
            }
            if (!idea.tags().isEmpty()) {
                item(out, messages.get("export.md.tags", MarkdownText.line(String.join(", ", idea.tags()))));
            }
            item(out, messages.get("export.md.status", messages.get("export.status." + idea.status().key())));
            item(out, messages.get("export.md.author", MarkdownText.line(idea.author())));
            IdeaScore score = source.judgements().scores().get(idea.id());
            if (score != null) {
                item(out, messages.get("export.md.score", score.score(), score.raters()));
            }
            int n = comments.getOrDefault(idea.id(), 0);
            if (n > 0) {
                item(out, messages.get("export.md.comments", n));
            }
        }
        out.flush();
    }

    private static void item(Writer out, String text) throws IOException {
        out.write("- " + text + "\n");
    }
}
