package org.offpiste.ideation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses and validates {@code techniques.json}; every problem names its place in the file. */
final class TechniqueFileReader {
    static final int MIN_WORDS = 150;
    static final int MIN_PERSONAS = 20;
    static final int MIN_CONSTRAINTS = 30;
    private final ObjectMapper mapper = new ObjectMapper();

    TechniqueLibrary read(InputStream json, List<String> wordsEn, List<String> wordsFr) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTechniqueFileException("Techniques file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTechniqueFileException("Techniques file must hold a JSON object");
        }
        List<Technique> techniques = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : array(root, "techniques", "techniques")) {
            Technique t = technique(node, "techniques[" + techniques.size() + "]");
            if (!ids.add(t.id())) {
                throw new InvalidTechniqueFileException("Duplicate technique id: " + t.id());
            }
            techniques.add(t);
        }
        List<LocalizedText> personas = plainTexts(root, "personas", MIN_PERSONAS);
        List<LocalizedText> constraints = plainTexts(root, "constraints", MIN_CONSTRAINTS);
        checkWords(wordsEn, "words_en.txt");
        checkWords(wordsFr, "words_fr.txt");
        return new TechniqueLibrary(techniques, personas, constraints, wordsEn, wordsFr);
    }

    private Technique technique(JsonNode node, String where) {
        String id = string(node, "id", where);
        String at = "technique '" + id + "'";
        DrawKind draw;
        try {
            draw = DrawKind.valueOf(string(node, "draw", at));
        } catch (IllegalArgumentException e) {
            throw new InvalidTechniqueFileException(at + ": draw must be one of NONE, WORD, PERSONAS, CONSTRAINT");
        }
        JsonNode minutes = node.get("minutes");
        if (minutes == null || !minutes.canConvertToInt() || minutes.asInt() <= 0) {
            throw new InvalidTechniqueFileException(at + ": minutes must be a positive number");
        }
        List<LocalizedText> steps = new ArrayList<>();
        for (JsonNode step : array(node, "steps", at)) {
            steps.add(text(step, at + " steps[" + steps.size() + "]"));
        }
        if (steps.isEmpty()) {
            throw new InvalidTechniqueFileException(at + ": has no steps");
        }
        Technique t = new Technique(id, string(node, "icon", at), minutes.asInt(), draw,
                text(node.get("name"), at + " name"), text(node.get("summary"), at + " summary"),
                text(node.get("whenToUse"), at + " whenToUse"), steps,
                text(node.get("modelInstructions"), at + " modelInstructions"));
        checkPlaceholders(t, at);
        return t;
    }

    private static void checkPlaceholders(Technique t, String at) {
        Set<String> used = new HashSet<>();
        for (LocalizedText text : t.texts()) {
            for (String s : List.of(text.en(), text.fr())) {
                if (Placeholders.hasStrayBrace(s)) {
                    throw new InvalidTechniqueFileException(at + ": unbalanced brace in \"" + s + "\"");
                }
                for (String name : Placeholders.names(s)) {
                    if (!Placeholders.isKnown(name)) {
                        throw new InvalidTechniqueFileException(at + ": unknown placeholder {" + name + "}");
                    }
                    DrawKind kind = DrawKind.ofPlaceholder(name).orElse(t.draw());
                    if (kind != t.draw()) {
                        throw new InvalidTechniqueFileException(at + ": {" + name + "} needs draw " + kind);
                    }
                    used.add(name);
                }
            }
        }
        t.draw().placeholder().filter(p -> !used.contains(p)).ifPresent(p -> {
            throw new InvalidTechniqueFileException(at + ": draws " + t.draw() + " but never shows {" + p + "}");
        });
    }

    private List<LocalizedText> plainTexts(JsonNode root, String field, int min) {
        List<LocalizedText> texts = new ArrayList<>();
        for (JsonNode node : array(root, field, field)) {
            LocalizedText text = text(node, field + "[" + texts.size() + "]");
            if (!Placeholders.names(text.en() + text.fr()).isEmpty()) {
                throw new InvalidTechniqueFileException(field + "[" + texts.size() + "]: no placeholders allowed");
            }
            texts.add(text);
        }
        if (texts.size() < min) {
            throw new InvalidTechniqueFileException(field + ": " + texts.size() + " entries, at least " + min + " needed");
        }
        return texts;
    }

    private static void checkWords(List<String> words, String file) {
        if (words.size() < MIN_WORDS) {
            throw new InvalidTechniqueFileException(file + ": " + words.size() + " words, at least " + MIN_WORDS + " needed");
        }
        Set<String> seen = new HashSet<>();
        for (String w : words) {
            if (!seen.add(w)) {
                throw new InvalidTechniqueFileException(file + ": duplicate word " + w);
            }
        }
    }

    private static LocalizedText text(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new InvalidTechniqueFileException(where + ": missing (an object with \"en\" and \"fr\")");
        }
        return new LocalizedText(string(node, "en", where), string(node, "fr", where));
    }

    private static String string(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidTechniqueFileException(where + ": missing text \"" + field + "\"");
        }
        return value.asText().strip();
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new InvalidTechniqueFileException(where + ": \"" + field + "\" must be an array");
        }
        return value;
    }
}
