package org.offpiste.ideation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ideas of a JSON array of objects (bare, fenced, or under an "ideas" key) as far as it
 * has arrived: each object counts once its closing brace is there.
 */
final class ExtractJson {

    /** The objects found, and where the JSON ended (-1 while it has not). */
    record Result(List<ExtractTitle.Parsed> ideas, String partialTitle, int end) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TITLES = List.of("title", "name", "titre", "nom", "idea", "idée", "idee",
            "headline", "concept");
    private static final List<String> BODIES = List.of("body", "description", "desc", "details", "detail", "pitch",
            "corps", "text", "texte", "summary", "explanation", "résumé", "content");
    private static final List<String> FACETS = List.of("facet", "operator", "opérateur", "operateur", "scamper",
            "persona", "petal", "pétale", "petale", "combination", "combinaison", "category");
    private static final Map<String, String> EXTRAS = Map.of("why", "Why it works", "why_it_works", "Why it works",
            "flipped_from", "Flipped from", "flippedFrom", "Flipped from", "from", "From", "question", "Question",
            "changed", "Changed", "pourquoi", "Pourquoi");
    private static final Pattern PARTIAL_TITLE = Pattern.compile(
            "\"(?:title|name|titre|nom|idea)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)+)\"");

    private ExtractJson() {
    }

    /** Whether a line opens JSON: "[", "[{", "{" or "{\"…". */
    static boolean opensJson(String stripped) {
        if (stripped.equals("[") || stripped.equals("{")) {
            return true;
        }
        String rest = stripped.substring(1).strip();
        return (stripped.startsWith("[") && rest.startsWith("{"))
                || (stripped.startsWith("{") && rest.startsWith("\""));
    }

    /** Scans from {@code from} (the first '[' or '{') to the end of the top-level value or of {@code text}. */
    static Result scan(String text, int from, int limit) {
        List<ExtractTitle.Parsed> ideas = new ArrayList<>();
        int depth = 0;
        int arrayDepth = -1;
        int objectStart = -1;
        boolean inString = false;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
                if (c == '{' && depth == arrayDepth + 1 && arrayDepth > 0) {
                    objectStart = i;
                }
                if (c == '[' && arrayDepth < 0 && nextNonSpace(text, i + 1) == '{') {
                    arrayDepth = depth;
                }
            } else if (c == ']' || c == '}') {
                if (c == '}' && depth == arrayDepth + 1 && objectStart >= 0) {
                    read(text.substring(objectStart, i + 1), ideas);
                    objectStart = -1;
                }
                depth--;
                if (depth == 0) {
                    return new Result(ideas, "", i + 1);
                }
            }
        }
        String partial = "";
        if (objectStart >= 0) {
            Matcher m = PARTIAL_TITLE.matcher(text.substring(objectStart, limit));
            partial = m.find() ? m.group(1) : "";
        }
        return new Result(ideas, partial, -1);
    }

    private static char nextNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : '{';

    }

    private static void read(String object, List<ExtractTitle.Parsed> ideas) {
        JsonNode node;
        try {
            node = MAPPER.readTree(object);
        } catch (Exception e) {
            return;
        }
        if (node == null || !node.isObject()) {
            return;
        }
        String title = field(node, TITLES);
        String body = field(node, BODIES);
        String facet = field(node, FACETS);
        StringBuilder b = new StringBuilder(body);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String label = EXTRAS.get(e.getKey());
            if (label != null && e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                b.append(b.length() > 0 ? "\n\n" : "").append(label).append(": ").append(e.getValue().asText().strip());
            }
        }
        if (title.isBlank()) {
            return;
        }
        ExtractTitle.Parsed p = ExtractTitle.parse(title.contains("**") ? title : "**" + title + "**");
        String fullBody = p.body().isBlank() ? b.toString() : p.body() + (b.length() > 0 ? "\n\n" + b : "");
        ideas.add(new ExtractTitle.Parsed(p.title(), fullBody.strip(), facet.isBlank() ? p.facet() : facet.strip()));
    }

    private static String field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        return "";
    }
}
