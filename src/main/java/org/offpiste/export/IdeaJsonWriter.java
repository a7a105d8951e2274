package org.offpiste.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.offpiste.board.Idea;

/**
 * Writes ideas as a pretty-printed JSON array of objects: id, title, body, tags (array),
 * status (its key, e.g. "inbox"), author, createdAt and updatedAt (ISO-8601, UTC).
 * Streams, so a hundred thousand ideas need no extra memory.
 */
public final class IdeaJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(List<Idea> ideas, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (Idea idea : ideas) {
            json.writeStartObject();
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
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw(System.lineSeparator());
        json.flush();
    }
}
