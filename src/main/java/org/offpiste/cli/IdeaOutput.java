package org.offpiste.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.brief.BriefField;
import org.offpiste.export.IdeaCsvWriter;
import org.offpiste.export.IdeaJsonWriter;
import org.offpiste.export.IdeaMarkdownWriter;
import org.offpiste.project.Session;

/** Writes ideas in one of the formats, with the export package's writers (shared with the window). */
final class IdeaOutput {
    private final CliEnv env;

    IdeaOutput(CliEnv env) {
        this.env = env;
    }

    /** Writes to standard output: the table in the console's encoding, data formats in UTF-8. */
    void print(IdeaFormat format, Session session, List<Idea> ideas) throws IOException {
        if (format == IdeaFormat.TABLE) {
            if (ideas.isEmpty()) {
                env.say("cli.ideas.none");
            } else {
                new IdeaTable(env.messages(), ZoneId.systemDefault()).write(ideas, env.text());
            }
            return;
        }
        Writer out = env.data();
        write(format, session, ideas, out);
        out.flush();
    }

    void write(IdeaFormat format, Session session, List<Idea> ideas, Writer out) throws IOException {
        switch (format) {
            case JSON -> new IdeaJsonWriter().write(ideas, IdeaFigures.of(session, ideas), out);
            case CSV -> new IdeaCsvWriter().write(ideas, session.project().criteria().weightedScores(), out);
            case MD -> new IdeaMarkdownWriter(env.messages())
                    .write(session.brief().current().get(BriefField.TITLE), ideas, out);
            default -> throw new IllegalArgumentException("Not a file format: " + format);
        }
    }
}
