package org.offpiste.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;

/**
 * Writes ideas as a Markdown document: the brief's title as the {@code #} heading, then one
 * {@code ##} heading per idea with its body and a short list of tags, status and author.
 * Labels come from the {@code export} bundle in the language of {@code messages}.
 */
public final class IdeaMarkdownWriter {
    private final Messages messages;

    public IdeaMarkdownWriter(Messages messages) {
        this.messages = messages;
    }

    /** {@code title}: the brief's title; blank gives a generic heading. */
    public void write(String title, List<Idea> ideas, Writer out) throws IOException {
        String heading = title == null || title.isBlank() ? messages.get("export.md.untitled") : title;
        out.write("# " + oneLine(heading) + "\n");
        if (ideas.isEmpty()) {
            out.write("\n" + messages.get("export.md.none") + "\n");
        }
        for (Idea idea : ideas) {
            out.write("\n## " + oneLine(idea.title()) + "\n\n");
            if (!idea.body().isBlank()) {
                out.write(idea.body().strip() + "\n\n");
            }
            if (!idea.tags().isEmpty()) {
                out.write("- " + messages.get("export.md.tags", String.join(", ", idea.tags())) + "\n");
            }
            out.write("- " + messages.get("export.md.status", messages.get("export.status." + idea.status().key())) + "\n");
            out.write("- " + messages.get("export.md.author", idea.author()) + "\n");
        }
        out.flush();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
