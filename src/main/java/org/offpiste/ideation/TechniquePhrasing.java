package org.offpiste.ideation;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;

/**
 * Fills a technique's template from a brief and a draw. The brief's text goes in as written
 * (trimmed, its lines joined, a final full stop dropped so the template's punctuation reads
 * well). For people, an empty field becomes a visible hint such as "[your audience — not in the
 * brief yet]", so a workshop sees what the brief lacks; for a model it reads "not given".
 */
public final class TechniquePhrasing {
    private final Messages messages;
    private final Function<BriefField, String> missing;

    private TechniquePhrasing(Messages messages, Function<BriefField, String> missing) {
        this.messages = messages;
        this.missing = missing;
    }

    /** Phrasing for facilitation cards: empty fields show a localised hint in brackets. */
    public static TechniquePhrasing forPeople(Messages messages) {
        return new TechniquePhrasing(messages, f -> messages.get("ideation.missing." + f.key()));
    }

    /** Phrasing for model instructions: empty fields read as "not given in the brief". */
    public static TechniquePhrasing forModel(Messages messages) {
        return new TechniquePhrasing(messages, f -> messages.get("ideation.model.notGiven"));
    }

    public String phrase(String template, Brief brief, Draw draw) {
        Matcher m = Placeholders.PATTERN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), brief, draw)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public List<String> phrase(List<LocalizedText> templates, Brief brief, Draw draw) {
        return templates.stream()
                .map(t -> phrase(t.in(messages.locale()), brief, draw))
                .collect(Collectors.toList());
    }

    private String value(String name, Brief brief, Draw draw) {
        BriefField field = Placeholders.BRIEF_FIELDS.get(name);
        if (field != null) {
            String text = asWritten(brief.get(field));
            return text.isEmpty() ? missing.apply(field) : text;
        }
        boolean drawn = draw != null && !draw.isEmpty()
                && draw.kind().placeholder().map(name::equals).orElse(false);
        return drawn ? joined(draw.items()) : messages.get("ideation.draw.pending");
    }

    private String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return messages.get("ideation.join.last", head, items.get(items.size() - 1));
    }

    /** The field's text with its lines joined, list bullets dropped and no final full stop. */
    static String asWritten(String text) {
        String joined = text.lines()
                .map(l -> l.strip().replaceFirst("^[-*•]\\s+", ""))
                .filter(l -> !l.isEmpty())
                .collect(Collectors.joining("; "));
        if (joined.endsWith(".") && !joined.endsWith("..")) {
            return joined.substring(0, joined.length() - 1);
        }
        return joined;
    }
}
