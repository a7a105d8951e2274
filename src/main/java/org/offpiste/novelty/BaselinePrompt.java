package org.offpiste.novelty;

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
 * The plain prompt of the banal baseline: a system text that is the brief alone (every filled
 * field under the headings the sparring prompts use, from the {@code prompt} bundle) with no
 * role, technique or warning of our own, and the user turn "Give me ideas for this brief."
 * asking for a numbered list. In the brief's language.
 */
final class BaselinePrompt {
    private final Messages m;
    private final Brief brief;

    BaselinePrompt(Brief brief, Locale interfaceLocale) {
        this.brief = brief;
        this.m = new Messages(BriefLanguage.of(brief, interfaceLocale));
    }

    String system() {
        StringBuilder out = new StringBuilder("## ").append(m.get("prompt.brief.heading")).append("\n\n");
        if (brief.isEmpty()) {
            out.append(m.get("prompt.brief.empty")).append("\n\n");
        }
        for (BriefField field : BriefField.values()) {
            String value = brief.get(field).strip();
            if (!value.isEmpty() && field != BriefField.LANGUAGE) {
                out.append("### ").append(m.get("prompt.field." + field.key())).append("\n\n")
                        .append(value).append("\n\n");
            }
        }
        String language = brief.get(BriefField.LANGUAGE).strip();
        boolean named = !language.isEmpty() && BriefLanguage.named(language).isEmpty();
        out.append(named ? m.get("prompt.language.named", language) : m.get("prompt.language.default"));
        return out.toString().strip();
    }

    String user() {
        return m.get("novelty.baseline.user");
    }

    ModelRequest request(ProviderSettings settings) {
        return new ModelRequest(settings, system(), List.of(ChatTurn.user(user())));
    }

    /** What is stored as the baseline's prompt: the system text, then the user turn. */
    String stored() {
        return system() + "\n\n---\n\n" + user();
    }
}
