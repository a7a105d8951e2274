package org.offpiste.ideation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes techniques in the format of {@code techniques.json} (what {@link TechniqueFileReader}
 * reads), atomically: a temporary file beside the target, then a move over it. A text given in
 * one language only is written in that language only.
 */
public final class TechniqueFileWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path file, List<Technique> techniques) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, json(techniques), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    String json(List<Technique> techniques) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", TechniqueFileReader.FORMAT);
        ArrayNode list = root.putArray("techniques");
        for (Technique t : techniques) {
            ObjectNode node = list.addObject();
            node.put("id", t.id());
            node.put("icon", t.icon());
            node.put("minutes", t.minutes());
            node.put("draw", t.draw().name());
            text(node, "name", t.name());
            text(node, "summary", t.summary());
            text(node, "whenToUse", t.whenToUse());
            ArrayNode steps = node.putArray("steps");
            t.steps().forEach(s -> texts(steps.addObject(), s));
            text(node, "modelInstructions", t.modelInstructions());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void text(ObjectNode node, String field, LocalizedText text) {
        if (!text.isBlank()) {
            texts(node.putObject(field), text);
        }
    }

    private static void texts(ObjectNode node, LocalizedText text) {
        if (!text.en().isBlank()) {
            node.put("en", text.en());
        }
        if (!text.fr().isBlank()) {
            node.put("fr", text.fr());
        }
    }
}
