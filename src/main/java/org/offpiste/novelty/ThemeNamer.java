package org.offpiste.novelty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ChatTurn;
import org.offpiste.llm.Ending;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderSettings;

/**
 * Names groups of ideas with one request to the model: each group's titles, asking for a 2–4
 * word name per group in the brief's language. The answer is read as a numbered list or a JSON
 * array; a group whose name cannot be read (or every group, when the model fails or is too
 * slow) gets none, and is named by its words instead.
 */
final class ThemeNamer {
    private static final Logger LOG = Logger.getLogger(ThemeNamer.class.getName());
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-*]\\s*)?\\**\\s*(\\d{1,2})\\s*[.):]\\s*(.+)$");
    private static final int TITLES_PER_GROUP = 8;
    private static final int MOST_WORDS = 6;
    private final ChatProvider provider;
    private final Duration timeout;

    ThemeNamer(ChatProvider provider, Duration timeout) {
        this.provider = provider;
        this.timeout = timeout;
    }

    /** A name per group, by index; the groups the model did not name are absent. */
    Map<Integer, String> names(List<List<String>> groupTitles, ProviderSettings settings, Brief brief, Locale locale) {
        Messages m = new Messages(BriefLanguage.of(brief, locale));
        StringBuilder groups = new StringBuilder();
        for (int g = 0; g < groupTitles.size(); g++) {
            groups.append(m.get("novelty.themes.group", g + 1)).append('\n');
            groupTitles.get(g).stream().limit(TITLES_PER_GROUP).forEach(t -> groups.append("- ").append(t.strip()).append('\n'));
            groups.append('\n');
        }
        String language = brief.get(BriefField.LANGUAGE).strip();
        String languageLine = !language.isEmpty() && BriefLanguage.named(language).isEmpty()
                ? m.get("prompt.language.named", language) : m.get("prompt.language.default");
        ModelRequest request = new ModelRequest(settings, m.get("novelty.themes.system", languageLine),
                List.of(ChatTurn.user(m.get("novelty.themes.user", groups.toString().strip()))));
        BaselineAnswer answer = new BaselineAnswer();
        try {
            var call = provider.stream(request, answer);
            Optional<Outcome> outcome = answer.await(timeout);
            if (outcome.isEmpty()) {
                call.stop();
                return Map.of();
            }
            if (outcome.get().ending() != Ending.COMPLETE) {
                return Map.of();
            }
            return parse(outcome.get().text(), groupTitles.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "The model could not name the themes", e);
            return Map.of();
        }
    }

    /** The names in a model's answer: a JSON array of strings, else a numbered list. */
    static Map<Integer, String> parse(String text, int groups) {
        Map<Integer, String> out = new HashMap<>();
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        if (open >= 0 && close > open) {
            try {
                JsonNode array = new ObjectMapper().readTree(text.substring(open, close + 1));
                for (int i = 0; i < Math.min(groups, array.size()); i++) {
                    JsonNode item = array.get(i);
                    String name = item.isTextual() ? item.asText() : item.path("name").asText("");
                    clean(name).ifPresent(n -> out.put(out.size(), n));
                }
                if (out.size() == groups) {
                    return out;
                }
                out.clear();
            } catch (java.io.IOException e) {
                out.clear();
            }
        }
        for (String line : text.split("\\R")) {
            Matcher mt = NUMBERED.matcher(line);
            if (mt.matches()) {
                int index = Integer.parseInt(mt.group(1)) - 1;
                if (index >= 0 && index < groups && !out.containsKey(index)) {
                    clean(mt.group(2)).ifPresent(n -> out.put(index, n));
                }
            }
        }
        return out;
    }

    /** A name without Markdown, quotes, a "Group 1:" prefix or an explanation after a dash. */
    static Optional<String> clean(String raw) {
        String name = raw.strip();
        Matcher bold = Pattern.compile("\\*\\*(.+?)\\*\\*").matcher(name);
        if (bold.find()) {
            name = bold.group(1);
        }
        name = name.replaceAll("^(?i)(group|groupe)\\s*\\d+\\s*[:.)-]\\s*", "");
        name = name.split("\\s+[—–-]\\s+|:\\s+", 2)[0];
        name = name.replaceAll("[*_`#\"“”«»]", "").replaceAll("^['‘’]+|['‘’.]+$", "").strip();
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        return words == 0 || words > MOST_WORDS ? Optional.empty() : Optional.of(name);
    }
}
