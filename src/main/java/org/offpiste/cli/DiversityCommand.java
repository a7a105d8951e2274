package org.offpiste.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.offpiste.board.IdeaQuery;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.MiniLmEmbedder;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste diversity FILE [--format table|json]}: measures the board with the embedding
 * model (embedding what is not yet) and prints how varied it is.
 */
@Command(name = "diversity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DiversityCommand implements Callable<Integer> {
    /** Long enough for a first measure of a very large board (about 4 ms an idea). */
    private static final Duration PATIENCE = Duration.ofHours(2);
    private final CliEnv env;
    private final Supplier<Optional<Embedder>> embedder;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT")
    private String format = IdeaFormat.TABLE.key();

    /** Measures with the session's own novelty meter (the process's embedding model). */
    DiversityCommand(CliEnv env) {
        this(env, null);
    }

    /** With this embedding model instead of the session's (tests: one that cannot load). */
    DiversityCommand(CliEnv env, Supplier<Optional<Embedder>> embedder) {
        this.env = env;
        this.embedder = embedder;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        IdeaFormat f = IdeaFormat.parse(format, IdeaFormat.TABLE, IdeaFormat.JSON);
        try (Session session = env.openForWriting(file)) {
            if (embedder == null && session.hasIdeation()) {
                return print(f, session, session.ideation().novelty());
            }
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try (NoveltyService meter = new NoveltyService(session.project().novelty(), session.project().baselines(),
                    embedder == null ? MiniLmEmbedder::load : embedder, executor, Clock.systemUTC())) {
                return print(f, session, meter);
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private int print(IdeaFormat f, Session session, NoveltyMeter meter) throws IOException, InterruptedException {
        boolean done = meter.awaitMeasured(PATIENCE);
        if (!meter.available()) {
            throw new CliFailure(ExitCode.MODEL, "cli.diversity.unavailable");
        }
        if (!done) {
            throw new CliFailure(ExitCode.FAILURE, "cli.diversity.unfinished");
        }
        List<Long> ids = new ArrayList<>();
        for (long id : session.board().store().queryIds(IdeaQuery.all())) {
            ids.add(id);
        }
        Map<Long, Novelty> figures = meter.novelty(ids);
        long duplicates = figures.values().stream().filter(n -> n.duplicateOf() != null).count();
        Diversity d = meter.board();
        Optional<Baseline> baseline = baseline(session);
        if (f == IdeaFormat.JSON) {
            json(ids.size(), d, duplicates, meter.duplicateThreshold(), baseline);
        } else {
            table(ids.size(), d, duplicates, meter.duplicateThreshold(), baseline);
        }
        return ExitCode.OK;
    }

    private static Optional<Baseline> baseline(Session session) {
        try {
            return session.project().baselines().latest();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void table(int ideas, Diversity d, long duplicates, double threshold, Optional<Baseline> baseline) {
        PrintWriter out = env.text();
        var m = env.messages();
        out.println(m.get("cli.diversity.ideas", ideas));
        out.println(m.get("cli.diversity.measured", d.count()));
        out.println(m.get("cli.diversity.mean", String.format(m.locale(), "%.3f", d.meanSimilarity())));
        out.println(m.get("cli.diversity.vendi", String.format(m.locale(), "%.2f", d.vendi())));
        out.println(m.get("cli.diversity.duplicates", duplicates, String.format(m.locale(), "%.2f", threshold)));
        out.println(baseline.map(b -> m.get("cli.diversity.baseline", b.items().size(), b.provider(), b.model(),
                b.briefVersionId())).orElse(m.get("cli.diversity.noBaseline")));
        out.flush();
    }

    private void json(int ideas, Diversity d, long duplicates, double threshold, Optional<Baseline> baseline)
            throws IOException {
        Writer w = env.data();
        try (JsonGenerator json = new JsonFactory().createGenerator(w)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("ideas", ideas);
            json.writeNumberField("measured", d.count());
            json.writeNumberField("meanSimilarity", round(d.meanSimilarity()));
            json.writeNumberField("vendi", round(d.vendi()));
            json.writeNumberField("nearDuplicates", duplicates);
            json.writeNumberField("duplicateThreshold", threshold);
            if (baseline.isPresent()) {
                Baseline b = baseline.get();
                json.writeObjectFieldStart("baseline");
                json.writeNumberField("briefVersionId", b.briefVersionId());
                json.writeStringField("provider", b.provider());
                json.writeStringField("model", b.model());
                json.writeNumberField("items", b.items().size());
                json.writeEndObject();
            } else {
                json.writeNullField("baseline");
            }
            json.writeEndObject();
        }
        w.write(System.lineSeparator());
        w.flush();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
