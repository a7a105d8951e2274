package org.offpiste.board;

import java.util.List;
import java.util.Locale;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ChatTurn;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.ProviderSettings;

/**
 * The request that rewrites one idea: a system text with the role, the brief's title, objective,
 * audience, insight and clichés to avoid (under the sparring prompts' headings), the strict answer
 * format and the language; a user turn with the idea and the instruction. In the brief's language.
 */
final class RefinePrompt {
    private static final List<BriefField> GROUNDS = List.of(BriefField.TITLE, BriefField.OBJECTIVE,
            BriefField.AUDIENCE, BriefField.INSIGHT, BriefField.CLICHES);
    private final Messages m;
    private final Brief brief;

    RefinePrompt(Brief brief, Locale interfaceLocale) {
        this.brief = brief;
        this.m = new Messages(BriefLanguage.of(brief, interfaceLocale));
    }

    /** The language the model answers in (and the preset's label is recorded in). */
    Messages messages() {
        return m;
    }

    String system() {
        StringBuilder out = new StringBuilder(m.get("refine.prompt.role")).append("\n\n## ")
                .append(m.get("prompt.brief.heading")).append("\n\n");
        boolean any = false;
        for (BriefField field : GROUNDS) {
            String value = brief.get(field).strip();
            if (!value.isEmpty()) {
                any = true;
                out.append("### ").append(m.get("prompt.field." + field.key())).append("\n\n").append(value).append("\n\n");
            }
        }
        if (!any) {
            out.append(m.get("refine.prompt.noBrief")).append("\n\n");
        }
        out.append("## ").append(m.get("refine.prompt.format.heading")).append("\n\n")
                .append(m.get("refine.prompt.format")).append("\n\n");
        String language = brief.get(BriefField.LANGUAGE).strip();
        boolean named = !language.isEmpty() && BriefLanguage.named(language).isEmpty();
        out.append(named ? m.get("prompt.language.named", language) : m.get("prompt.language.default"));
        return out.toString().strip();
    }

    String user(String title, String body, RefineInstruction instruction) {
        String idea = body.isBlank() ? m.get("refine.prompt.idea.noBody", title.strip())
                : m.get("refine.prompt.idea", title.strip(), body.strip());
        return idea + "\n\n" + m.get("refine.prompt.instruction", asked(instruction));
    }

    /** What the model is told to do: the preset's fuller instruction, or the person's words. */
    String asked(RefineInstruction instruction) {
        return instruction.preset() == null ? instruction.text()
                : m.get("refine.instruction." + instruction.preset().key());
    }

    /** What the new version records: the preset's label in the brief's language, or the person's words. */
    String recorded(RefineInstruction instruction) {
        return instruction.preset() == null ? instruction.text()
                : m.get("refine.preset." + instruction.preset().key());
    }

    ModelRequest request(ProviderSettings settings, String title, String body, RefineInstruction instruction) {
        return new ModelRequest(settings, system(), List.of(ChatTurn.user(user(title, body, instruction))));
    }
}
