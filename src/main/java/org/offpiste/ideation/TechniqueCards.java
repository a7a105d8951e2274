package org.offpiste.ideation;

import java.util.List;
import java.util.Locale;
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
        return new TechniqueCard(t.id(), t.icon(), name, t.summary().in(locale), t.whenToUse().in(locale),
                duration, steps, drawLabel, draw.items(), markdown);
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
        md.append("**").append(messages.get("ideation.card.when")).append("** ").append(t.whenToUse().in(locale))
                .append("\n\n");
        md.append("**").append(messages.get("ideation.card.durationLabel")).append("** ").append(duration)
                .append("\n\n");
        if (!draw.isEmpty()) {
            md.append("**").append(drawLabel).append("** ").append(String.join(" · ", draw.items())).append("\n\n");
        }
        for (int i = 0; i < steps.size(); i++) {
            md.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return md.toString();
    }
}
