package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.offpiste.board.Idea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.Technique;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ideation.TechniquePhrasing;
import org.offpiste.llm.ChatTurn;

/**
 * Builds the exact text sent to the model for one answer. The system text is the sparring
 * partner's role, the brief (every filled field under its heading, the clichés to avoid stated
 * as such) and what the mode asks for; the last user turn is this turn's instruction, the ideas
 * it is about and the person's own words. Earlier turns go in unchanged. Texts come from the
 * {@code prompt} bundle, in the brief's language when it names French or English, else in the
 * interface's.
 */
public final class PromptBuilder {
    private final TechniqueLibrary techniques;

    public PromptBuilder(TechniqueLibrary techniques) {
        this.techniques = techniques;
    }

    /** French when the brief's language says French, English when it says English, else the interface's language. */
    public static Locale language(Brief brief, Locale interfaceLocale) {
        return BriefLanguage.of(brief, interfaceLocale);
    }

    private static Optional<Locale> named(String language) {
        return BriefLanguage.named(language);
    }

    /** True for a language the prompts are written in (then the prompt's own language says it). */
    private static boolean knownLanguage(String language) {
        return named(language).isPresent();
    }

    /** The whole prompt: system text, the earlier turns as they were, then this turn. */
    public Prompt build(Brief brief, Locale interfaceLocale, List<ChatTurn> earlier, Turn turn, List<Idea> ideas,
                        Draw draw) {
        return build(brief, interfaceLocale, earlier, turn, ideas, draw, DivergeExtras.none());
    }

    /** The whole prompt, with what the round's tactics and "Push further" need. */
    Prompt build(Brief brief, Locale interfaceLocale, List<ChatTurn> earlier, Turn turn, List<Idea> ideas, Draw draw,
                 DivergeExtras extras) {
        Messages m = new Messages(language(brief, interfaceLocale));
        List<ChatTurn> turns = new ArrayList<>(earlier);
        turns.add(ChatTurn.user(userTurn(m, brief, turn, ideas, draw, extras)));
        return new Prompt(system(m, brief, turn.mode()), turns);
    }

    /** The system text for {@code mode}. */
    public String system(Brief brief, Locale interfaceLocale, Mode mode) {
        return system(new Messages(language(brief, interfaceLocale)), brief, mode);
    }

    /** The last user turn alone: what is stored with the person's message to rebuild the thread later. */
    public String userTurn(Brief brief, Locale interfaceLocale, Turn turn, List<Idea> ideas, Draw draw) {
        return userTurn(brief, interfaceLocale, turn, ideas, draw, DivergeExtras.none());
    }

    String userTurn(Brief brief, Locale interfaceLocale, Turn turn, List<Idea> ideas, Draw draw,
                    DivergeExtras extras) {
        return userTurn(new Messages(language(brief, interfaceLocale)), brief, turn, ideas, draw, extras);
    }

    private String system(Messages m, Brief brief, Mode mode) {
        StringBuilder out = new StringBuilder(m.get("prompt.role"));
        if (!brief.get(BriefField.CLICHES).isBlank()) {
            out.append("\n\n").append(m.get("prompt.cliches"));
        }
        out.append("\n\n## ").append(m.get("prompt.brief.heading")).append("\n\n");
        if (brief.isEmpty()) {
            out.append(m.get("prompt.brief.empty")).append('\n');
        }
        for (BriefField field : BriefField.values()) {
            String value = brief.get(field).strip();
            if (!value.isEmpty() && field != BriefField.LANGUAGE) {
                out.append("### ").append(m.get("prompt.field." + field.key())).append("\n\n")
                        .append(value).append("\n\n");
            }
        }
        out.append("## ").append(m.get("prompt.mode.heading")).append("\n\n")
                .append(m.get("prompt.mode." + mode.id() + ".system")).append("\n\n");
        String language = brief.get(BriefField.LANGUAGE).strip();
        boolean named = !language.isEmpty() && !knownLanguage(language);
        out.append(named ? m.get("prompt.language.named", language) : m.get("prompt.language.default"));
        return out.toString().strip();
    }

    private String userTurn(Messages m, Brief brief, Turn turn, List<Idea> ideas, Draw draw, DivergeExtras extras) {
        StringBuilder out = new StringBuilder(instruction(m, brief, turn, !ideas.isEmpty(), draw, extras));
        if (!ideas.isEmpty() || turn.mode().usesSelectedIdeas()) {
            String heading = turn.mode().usesSelectedIdeas() ? "prompt.ideas.heading" : "prompt.ideas.existing";
            out.append("\n\n## ").append(m.get(heading)).append("\n\n");
            if (ideas.isEmpty()) {
                out.append(m.get("prompt.ideas.none"));
            }
            int n = 1;
            for (Idea idea : ideas) {
                out.append(n++).append(". ").append(idea.title().strip()).append('\n');
                idea.body().strip().lines().forEach(l -> out.append("   ").append(l).append('\n'));
                if (!idea.tags().isEmpty()) {
                    out.append("   ").append(m.get("prompt.idea.tags", String.join(", ", idea.tags()))).append('\n');
                }
            }
            trimEnd(out);
        }
        if (!turn.text().isBlank()) {
            out.append("\n\n## ").append(m.get("prompt.person.heading")).append("\n\n").append(turn.text().strip());
        }
        return out.toString().strip();
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    private String instruction(Messages m, Brief brief, Turn turn, boolean boardIdeas, Draw draw,
                               DivergeExtras extras) {
        switch (turn.mode()) {
            case DIVERGE:
                String push = turn.pushFurther() ? TacticTexts.pushFurther(m, extras) : "";
                return diverge(m, brief, turn, boardIdeas, draw, TacticTexts.tactics(m, turn.tactics(), extras)) + push;
            case REFINE:
                String refine = m.get("prompt.turn.refine");
                return turn.text().isBlank() ? refine + "\n\n" + m.get("prompt.turn.refine.noInstruction") : refine;
            default:
                return m.get("prompt.turn." + turn.mode().id());
        }
    }

    /**
     * A technique's own model instructions (they say how to draft and present), or a free round;
     * then the paragraphs of the round's tactics.
     */
    private String diverge(Messages m, Brief brief, Turn turn, boolean boardIdeas, Draw draw, String tactics) {
        Optional<Technique> technique = turn.techniqueId() == null ? Optional.empty()
                : techniques.find(turn.techniqueId());
        String after = boardIdeas ? "\n\n" + m.get("prompt.turn.diverge.after") : "";
        if (technique.isEmpty()) {
            return m.get("prompt.turn.diverge.free") + tactics + "\n\n" + m.get("prompt.format.ideas") + after;
        }
        Technique t = technique.get();
        String steps = TechniquePhrasing.forModel(m)
                .phrase(t.modelInstructions().in(m.locale()), brief, draw == null ? Draw.none() : draw);
        return m.get("prompt.turn.technique", t.name().in(m.locale())) + "\n\n" + steps.strip() + tactics + after;
    }
}
