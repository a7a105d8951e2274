package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.llm.HttpModelCatalog;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;

/** The words around a message: its author, status, wait, failure and provenance line. */
final class MessageTexts {
    private final Messages m;
    private final List<TechniqueItem> techniques;
    private final Supplier<ProviderSettings> provider;

    /** {@code provider}: the settings in use, whose host completes a failure read back from the project. */
    MessageTexts(Messages messages, List<TechniqueItem> techniques, Supplier<ProviderSettings> provider) {
        this.m = messages;
        this.techniques = techniques;
        this.provider = provider;
    }

    String author(MessageItem item) {
        if (!item.isAnswer()) {
            return m.get("sparring.message.you");
        }
        Provenance p = item.provenance();
        return p == null || p.model().isBlank() ? m.get("sparring.message.model") : p.model();
    }

    String status(MessageStatus status) {
        return m.get("sparring.status." + status.name());
    }

    /** "Rate limited — trying again in 8 s (attempt 2 of 4)", or null. */
    String waiting(MessageItem item) {
        MessageItem.Waiting w = item.waitingProperty().get();
        if (w != null && item.isStreaming()) {
            return m.get("sparring.message.waiting", describe(w.cause()), Math.max(1, w.delay().toSeconds()),
                    w.attempt(), w.maxAttempts());
        }
        if (item.isStreaming() && item.getText().isEmpty()) {
            return m.get("sparring.message.thinking");
        }
        return null;
    }

    /** Why the answer failed or stopped short, or null when it did not. */
    String failure(MessageItem item) {
        if (!item.isAnswer() || item.isStreaming()) {
            return null;
        }
        LlmFailure f = item.failureProperty().get();
        if (f != null && f.kind().notSaved()) {
            return describe(f); // the project could not keep it, however the answer ended
        }
        return switch (item.getStatus()) {
            case FAILED, INCOMPLETE -> f == null ? m.get("sparring.failure.generic", item.getStatus().name()) : describe(f);
            case STOPPED -> m.get("sparring.failure.stopped");
            default -> null;
        };
    }

    String describe(LlmFailure f) {
        if (f == null) {
            return "";
        }
        LlmFailure full = f.host().isEmpty() ? new LlmFailure(f.kind(), f.provider(), f.model(), hostFor(f), f.detail()) : f;
        return m.has(full.messageKey()) ? m.describe(full) : m.get("sparring.failure.generic", f.kind().name());
    }

    /** The host of the provider in use when it is the failure's, else the provider's name. */
    private String hostFor(LlmFailure f) {
        ProviderSettings now = provider.get();
        ProviderSettings settings = now != null && now.kind() == f.provider() ? now
                : f.provider() == null ? null : ProviderSettings.defaults(f.provider());
        return settings == null ? "" : HttpModelCatalog.host(settings);
    }

    /** "Ollama · llama3.2 · Diverge · SCAMPER · brief v12"; for a person's message sent without words, what it asked for ("Diverge · SCAMPER"); else null. */
    String provenance(MessageItem item) {
        Provenance p = item.provenance();
        if (p == null) {
            return null;
        }
        if (!item.isAnswer()) {
            return item.getText().isBlank() ? asked(p) : null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(providerName(p.provider()));
        if (!p.model().isBlank()) {
            parts.add(p.model());
        }
        if (p.mode() != null) {
            parts.add(m.get("sparring.mode." + p.mode().name()));
        }
        if (p.techniqueId() != null) {
            parts.add(techniqueName(p.techniqueId()));
        }
        if (!p.ideaIds().isEmpty()) {
            parts.add(m.get("sparring.provenance.ideas", p.ideaIds().size()));
        }
        if (p.briefVersionId() != null) {
            parts.add(m.get("sparring.provenance.brief", p.briefVersionId()));
        }
        return String.join(" · ", parts);
    }

    /** What a message sent without words asked for: "Diverge · SCAMPER", so the bubble is not empty. */
    private String asked(Provenance p) {
        if (p.mode() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.get("sparring.mode." + p.mode().name()));
        if (p.techniqueId() != null) {
            parts.add(techniqueName(p.techniqueId()));
        }
        if (!p.ideaIds().isEmpty()) {
            parts.add(m.get("sparring.provenance.ideas", p.ideaIds().size()));
        }
        return String.join(" · ", parts);
    }

    /** "Ollama · llama3.2" for the model badge. */
    String badge(ProviderSettings settings) {
        if (settings == null) {
            return "";
        }
        String name = providerName(settings.kind().id());
        return settings.model().isBlank() ? m.get("sparring.model.noModel", name)
                : m.get("sparring.model.badge", name, settings.model());
    }

    String providerName(String id) {
        Optional<ProviderKind> kind = ProviderKind.fromId(id);
        String key = kind.map(k -> "llm.provider." + k.id()).orElse("");
        return !key.isEmpty() && m.has(key) ? m.get(key) : id;
    }

    String techniqueName(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).map(TechniqueItem::name).findFirst().orElse(id);
    }
}
