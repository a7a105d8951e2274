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

/**
 * Parses and validates {@code techniques.json}; every problem names its place in the file. The
 * built-in file must give every text in both languages; a person's own file (see
 * {@link #readOwn}) may give a text in one language only and leave out what is optional.
 */
final class TechniqueFileReader {
    /** The format written by this version; a file with a higher {@code "format"} comes from a newer one. */
    static final int FORMAT = 1;
    static final int MIN_WORDS = 150;
    static final int MIN_PERSONAS = 20;
    static final int MIN_CONSTRAINTS = 30;
    private final ObjectMapper mapper = new ObjectMapper();

    TechniqueLibrary read(InputStream json, List<String> wordsEn, List<String> wordsFr) throws IOException {
        JsonNode root = root(json);
        List<Technique> techniques = techniques(root, true);
        List<LocalizedText> personas = plainTexts(root, "personas", MIN_PERSONAS);
        List<LocalizedText> constraints = plainTexts(root, "constraints", MIN_CONSTRAINTS);
        checkWords(wordsEn, "words_en.txt");
        checkWords(wordsFr, "words_fr.txt");
        return new TechniqueLibrary(techniques, personas, constraints, wordsEn, wordsFr);
    }

    /** The techniques of a person's own or shared file; nothing else is needed in it. */
    List<Technique> readOwn(InputStream json) throws IOException {
        return techniques(root(json), false);
    }

    private JsonNode root(InputStream json) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTechniqueFileException("Techniques file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTechniqueFileException("Techniques file must hold a JSON object");
        }
        JsonNode format = root.get("format");
        if (format != null && (!format.canConvertToInt() || format.asInt() < 1)) {
            throw new InvalidTechniqueFileException("\"format\" must be a whole number");
        }
        if (format != null && format.asInt() > FORMAT) {
            throw new InvalidTechniqueFileException("written by a newer version of Offpiste (format " + format.asInt()
                    + "; this version reads format " + FORMAT + ")");
        }
        return root;
    }

    private List<Technique> techniques(JsonNode root, boolean strict) {
        List<Technique> techniques = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : array(root, "techniques", "techniques")) {
            Technique t = technique(node, "techniques[" + techniques.size() + "]", strict);
            if (!ids.add(t.id())) {
                throw new InvalidTechniqueFileException("Duplicate technique id: " + t.id());
            }
            techniques.add(t);
        }
        return techniques;
    }

    private Technique technique(JsonNode node, String where, boolean strict) {
        if (node == null || !node.isObject()) {
            throw new InvalidTechniqueFileException(where + ": must be an object");
        }
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
            steps.add(text(step, at + " steps[" + steps.size() + "]", true, strict));
        }
        if (steps.isEmpty() && strict) {
            throw new InvalidTechniqueFileException(at + ": has no steps");
        }
        Technique t = new Technique(id, string(node, "icon", at), minutes.asInt(), draw,
                text(node.get("name"), at + " name", true, strict),
                text(node.get("summary"), at + " summary", false, strict),
                text(node.get("whenToUse"), at + " whenToUse", false, strict), steps,
                text(node.get("modelInstructions"), at + " modelInstructions", true, strict));
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
            LocalizedText text = text(node, field + "[" + texts.size() + "]", true, true);
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

    /**
     * A text in both languages. Strict: both must be given. Otherwise one is enough (the other is
     * left empty), and for an optional text ({@code required} false) neither.
     */
    private static LocalizedText text(JsonNode node, String where, boolean required, boolean strict) {
        if (strict) {
            if (node == null || !node.isObject()) {
                throw new InvalidTechniqueFileException(where + ": missing (an object with \"en\" and \"fr\")");
            }
            return new LocalizedText(string(node, "en", where), string(node, "fr", where));
        }
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidTechniqueFileException(where + ": missing (an object with \"en\" or \"fr\")");
            }
            return new LocalizedText("", "");
        }
        if (!node.isObject()) {
            throw new InvalidTechniqueFileException(where + ": must be an object with \"en\" or \"fr\"");
        }
        LocalizedText text = new LocalizedText(optional(node, "en", where), optional(node, "fr", where));
        if (required && text.isBlank()) {
            throw new InvalidTechniqueFileException(where + ": needs a text in \"en\" or \"fr\"");
        }
        return text;
    }

    private static String optional(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidTechniqueFileException(where + ": \"" + field + "\" must be text");
        }
        return value.asText().strip();
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
