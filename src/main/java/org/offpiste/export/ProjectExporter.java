package org.offpiste.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.export.pdf.FontFiles;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Session;

/**
 * Exports a project's ideas in any {@link ExportFormat}: what the window's File › Export and the
 * command line's {@code export} share. Markdown labels are in the person's language; the PDF's
 * are in the brief's language (French or English), else the person's: it goes to the brief's client.
 */
public final class ProjectExporter {
    /** Reads what the ideation engine knows of the exported ideas. */
    public interface Facts extends BiFunction<Session, List<Idea>, Function<Long, IdeaFacts>> {
    }

    private final Messages messages;
    private final Clock clock;
    private final Supplier<List<FontFiles.Face>> fonts;

    /** {@code fonts}: the system fonts for characters Helvetica lacks, looked up when a PDF is written. */
    public ProjectExporter(Messages messages, Clock clock, Supplier<List<FontFiles.Face>> fonts) {
        this.messages = messages;
        this.clock = clock;
        this.fonts = fonts;
    }

    /** With the system's clock and fonts. */
    public ProjectExporter(Messages messages) {
        this(messages, Clock.systemDefaultZone(), FontFiles::system);
    }

    /**
     * Reads the ideas to export (oldest first; the Shortlist alone when {@code shortlistOnly}) with
     * the brief, what the ideation engine knows ({@code facts}), ratings, votes, duels, versions
     * and comments. Runs off the FX thread.
     */
    public ExportSource read(Session session, boolean shortlistOnly, Facts facts) {
        List<Idea> ideas = session.board().store().query(IdeaQuery.all()).stream()
                .filter(i -> !shortlistOnly || i.status() == IdeaStatus.SHORTLIST)
                .sorted(Comparator.comparingLong(Idea::id))
                .toList();
        Brief brief = session.brief().current();
        return new ExportSource(brief, ideas, !shortlistOnly, facts.apply(session, ideas),
                JudgementReader.read(session.project(), ideas.stream().map(Idea::id).toList(), !shortlistOnly),
                IdeaHistory.of(session.project()));
    }

    public void write(ExportFormat format, ExportSource source, OutputStream out) throws IOException {
        if (format == ExportFormat.PDF) {
            Messages labels = new Messages(BriefLanguage.of(source.brief(), messages.locale()));
            new ShortlistPdfWriter(labels, LocalDate.now(clock), fonts.get()).write(source, out);
            out.flush();
            return;
        }
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case MARKDOWN -> new IdeaMarkdownWriter(messages).write(source, text);
            case CSV -> new IdeaCsvWriter().write(source.ideas(), source.judgements().scores(), text);
            case JSON -> new ProjectJsonWriter(clock.instant()).write(source, text);
            default -> throw new IllegalArgumentException("Not a text format: " + format);
        }
        text.flush();
    }
}
