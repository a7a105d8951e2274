package org.offpiste.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.offpiste.board.Idea;
import org.offpiste.brief.BriefField;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.DuelRecord;

/**
 * Writes a whole export as one JSON object: {@code format} and {@code version}, {@code exportedAt},
 * {@code shortlistOnly}, the {@code brief} (its fields by key), the {@code criteria}, the
 * {@code ideas} (each as {@link IdeaJsonWriter} writes it, with its origin facts, versions,
 * comments, ratings, weighted score and fitted win chance), the {@code voteRounds} (rules and
 * candidates; a closed round's totals and ballots, an anonymous ballot without any name) and the
 * {@code duels}. Streams the ideas one by one.
 */
public final class ProjectJsonWriter {
    /** The value of {@code format}: what the file is, for a program that reads it. */
    public static final String FORMAT = "offpiste-export";
    public static final int VERSION = 1;
    private final JsonFactory factory = new JsonFactory();
    private final Instant now;

    public ProjectJsonWriter(Instant now) {
        this.now = now;
    }

    public void write(ExportSource source, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.setCharacterEscapes(new HtmlSafeEscapes());
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("exportedAt", now.toString());
        json.writeBooleanField("shortlistOnly", !source.whole());
        json.writeObjectFieldStart("brief");
        for (BriefField f : BriefField.values()) {
            json.writeStringField(f.key(), source.brief().get(f));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("criteria");
        for (Criterion c : source.judgements().criteria()) {
            json.writeStartObject();
            json.writeNumberField("id", c.id());
            json.writeStringField("name", c.name());
            json.writeStringField("source", c.source().key());
            json.writeNumberField("weight", c.weight());
            json.writeNumberField("position", c.position());
            json.writeBooleanField("active", c.active());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ideas");
        JudgementJson judged = new JudgementJson(json);
        for (Idea idea : source.ideas()) {
            json.writeStartObject();
            IdeaJsonWriter.fields(json, idea);
            IdeaJsonWriter.facts(json, source.facts().apply(idea.id()));
            judged.history(source.history(), idea.id());
            judged.ideaJudgements(source.judgements(), idea.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("voteRounds");
        for (RoundResult r : source.judgements().rounds()) {
            judged.round(r);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("duels");
        for (DuelRecord d : source.judgements().duels()) {
            judged.duel(d);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw(System.lineSeparator());
        json.flush();
    }
}
