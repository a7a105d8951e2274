package org.offpiste.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.offpiste.board.Idea;

/**
 * Writes ideas as a pretty-printed JSON array of objects: id, title, body, tags (array),
 * status (its key, e.g. "inbox"), author, createdAt and updatedAt (ISO-8601, UTC); with the
 * ideation engine's facts also technique, model, novelty, nearest, duplicateOf and theme.
 * Streams, so a hundred thousand ideas need no extra memory.
 */
public final class IdeaJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(List<Idea> ideas, Writer out) throws IOException {
        write(ideas, null, out);
    }

    /**
     * With what the ideation engine knows of each idea: technique, model, novelty, nearest,
     * duplicateOf and theme (null when unknown).
     */
    public void write(List<Idea> ideas, Function<Long, IdeaFacts> facts, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.setCharacterEscapes(new HtmlSafeEscapes());
        json.writeStartArray();
        for (Idea idea : ideas) {
            json.writeStartObject();
            fields(json, idea);
            if (facts != null) {
                facts(json, facts.apply(idea.id()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw(System.lineSeparator());
        json.flush();
    }

    /** id, title, body, tags, status, author, createdAt, updatedAt. */
    static void fields(JsonGenerator json, Idea idea) throws IOException {
        json.writeNumberField("id", idea.id());
        json.writeStringField("title", idea.title());
        json.writeStringField("body", idea.body());
        json.writeArrayFieldStart("tags");
        for (String tag : idea.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("status", idea.status().key());
        json.writeStringField("author", idea.author());
        json.writeStringField("createdAt", idea.createdAt().toString());
        json.writeStringField("updatedAt", idea.updatedAt().toString());
    }

    /** technique, model, novelty, nearest, duplicateOf, theme (null when unknown). */
    static void facts(JsonGenerator json, IdeaFacts found) throws IOException {
        IdeaFacts f = found == null ? IdeaFacts.none() : found;
        nullable(json, "technique", f.technique());
        nullable(json, "model", f.model());
        json.writeFieldName("novelty");
        if (f.novelty() == null) {
            json.writeNull();
        } else {
            json.writeNumber(Math.round(f.novelty() * 1000) / 1000.0);
        }
        nullable(json, "nearest", f.nearest());
        nullable(json, "duplicateOf", f.duplicateOf());
        nullable(json, "theme", f.theme());
    }

    private static void nullable(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void nullable(JsonGenerator json, String name, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
