package org.offpiste.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of agenda templates: {@code {"format": 1, "agendas": [{"name": …, "blocks":
 * [{"kind": "DOT_VOTE", "seconds": 600, "dots": 5, …}]}]}}. Every problem names its place in the file.
 */
final class AgendaFile {
    /** The format written by this version; a file with a higher {@code "format"} comes from a newer one. */
    static final int FORMAT = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String json(List<Agenda> agendas) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("agendas");
        for (Agenda agenda : agendas) {
            ObjectNode node = list.addObject();
            node.put("name", agenda.name());
            ArrayNode blocks = node.putArray("blocks");
            agenda.blocks().forEach(b -> block(blocks.addObject(), b));
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void block(ObjectNode node, Block block) {
        node.put("kind", block.kind().name());
        if (block instanceof Block.Brainwriting b) {
            node.put("rounds", b.rounds());
            node.put("roundSeconds", b.roundLength().toSeconds());
            node.put("modelParticipates", b.modelParticipates());
            return;
        }
        node.put("seconds", block.duration().toSeconds());
        if (block instanceof Block.ModelRound m) {
            node.put("technique", m.techniqueId());
        } else if (block instanceof Block.DotVote d) {
            node.put("dots", d.dots());
            node.put("maxPerIdea", d.maxPerIdea());
            node.put("anonymous", d.anonymous());
        } else if (block instanceof Block.Duels d) {
            node.put("topN", d.topN());
        }
    }

    List<Agenda> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidAgendaFileException("Agenda file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAgendaFileException("Agenda file must hold a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.canConvertToInt() || format.asInt() < 1) {
            throw new InvalidAgendaFileException("\"format\" must be a whole number from 1");
        }
        if (format.asInt() > FORMAT) {
            throw new InvalidAgendaFileException("written by a newer version of Offpiste (format " + format.asInt()
                    + "; this version reads format " + FORMAT + ")");
        }
        List<Agenda> agendas = new ArrayList<>();
        for (JsonNode node : array(root, "agendas", "file")) {
            agendas.add(agenda(node, "agendas[" + agendas.size() + "]"));
        }
        return agendas;
    }

    private static Agenda agenda(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidAgendaFileException(where + ": must be an object");
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : array(node, "blocks", where)) {
            blocks.add(block(b, where + ".blocks[" + blocks.size() + "]"));
        }
        try {
            return new Agenda(text(node, "name", where), blocks);
        } catch (IllegalArgumentException e) {
            throw new InvalidAgendaFileException(where + ": " + e.getMessage(), e);
        }
    }

    private static Block block(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidAgendaFileException(where + ": must be an object");
        }
        BlockKind kind;
        try {
            kind = BlockKind.valueOf(text(node, "kind", where));
        } catch (IllegalArgumentException e) {
            throw new InvalidAgendaFileException(where + ": unknown block kind " + node.get("kind"), e);
        }
        try {
            return switch (kind) {
                case SILENT_IDEATION -> new Block.SilentIdeation(seconds(node, "seconds", where));
                case MODEL_ROUND -> new Block.ModelRound(seconds(node, "seconds", where),
                        text(node, "technique", where));
                case BRAINWRITING -> new Block.Brainwriting(number(node, "rounds", where),
                        seconds(node, "roundSeconds", where), flag(node, "modelParticipates", where));
                case CLUSTERING -> new Block.Clustering(seconds(node, "seconds", where));
                case DOT_VOTE -> new Block.DotVote(seconds(node, "seconds", where), number(node, "dots", where),
                        number(node, "maxPerIdea", where), flag(node, "anonymous", where));
                case DUELS -> new Block.Duels(seconds(node, "seconds", where), number(node, "topN", where));
                case DEBRIEF -> new Block.Debrief(seconds(node, "seconds", where));
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidAgendaFileException(where + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new InvalidAgendaFileException(where + ": \"" + field + "\" must be a list");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidAgendaFileException(where + ": \"" + field + "\" must be a non-empty text");
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidAgendaFileException(where + ": \"" + field + "\" must be a whole number");
        }
        return value.asInt();
    }

    private static Duration seconds(JsonNode node, String field, String where) {
        return Duration.ofSeconds(number(node, field, where));
    }

    private static boolean flag(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new InvalidAgendaFileException(where + ": \"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }
}
