package org.offpiste.ideation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;

/** Builds the facilitation card of a technique for a brief and a draw, in the language of {@link Messages}. */
public final class TechniqueCards {
    private final Messages messages;
    private final TechniquePhrasing phrasing;

    public TechniqueCards(Messages messages) {
        this.messages = messages;
        this.phrasing = TechniquePhrasing.forPeople(messages);
    }

    public TechniqueCard card(Technique t, Brief brief, Draw draw) {
        Locale locale = messages.locale();
        List<String> steps = phrasing.phrase(t.steps(), brief, draw);
        String duration = messages.get("ideation.card.duration", t.minutes());
        String drawLabel = draw.isEmpty() ? "" : messages.get("ideation.draw." + draw.kind().name().toLowerCase(Locale.ROOT));
        String name = t.name().in(locale);
        String markdown = markdown(t, brief, name, duration, drawLabel, draw, steps);
        List<String> hints = Placeholders.BRIEF_FIELDS.values().stream()
                .filter(f -> brief.get(f).isBlank())
                .map(f -> messages.get("ideation.missing." + f.key()))
                .collect(Collectors.toList());
        return new TechniqueCard(t.id(), t.icon(), name, t.summary().in(locale), t.whenToUse().in(locale),
                duration, steps, drawLabel, draw.items(), markdown, hints);
    }

    private String field(String label, String value) {
        return messages.get("ideation.markdown.field", label, value) + "\n\n";
    }

    private String markdown(Technique t, Brief brief, String name, String duration, String drawLabel, Draw draw,
            List<String> steps) {
        Locale locale = messages.locale();
        StringBuilder md = new StringBuilder();
        String title = TechniquePhrasing.asWritten(brief.get(BriefField.TITLE));
        md.append("## ").append(name);
        if (!title.isEmpty()) {
            md.append(" — ").append(title);
        }
        md.append("\n\n").append(t.summary().in(locale)).append("\n\n");
        md.append(field(messages.get("ideation.card.when"), t.whenToUse().in(locale)));
        md.append(field(messages.get("ideation.card.durationLabel"), duration));
        if (!draw.isEmpty()) {
            md.append(field(drawLabel, String.join(" · ", draw.items())));
        }
        md.append("### ").append(messages.get("ideation.card.steps")).append("\n\n");
        for (int i = 0; i < steps.size(); i++) {
            md.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return md.toString();
    }
}
