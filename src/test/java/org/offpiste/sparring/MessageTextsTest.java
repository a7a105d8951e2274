package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueItem;

/** The line under a message: an answer's provenance, and what a message sent without words asked for. */
class MessageTextsTest {
    private static final Instant T = Instant.parse("2026-11-29T06:00:00Z");
    private final MessageTexts texts = new MessageTexts(new Messages(Messages.ENGLISH),
            List.of(new TechniqueItem("scamper", "SHUFFLE", "SCAMPER", "")), () -> null);

    private static MessageItem person(String text) {
        Provenance asked = new Provenance("", "", Mode.DIVERGE, "scamper", 3L, List.of(), "Technique: SCAMPER");
        return new MessageItem(new Message(1, 1, null, Message.Role.USER, text, MessageStatus.COMPLETE, T, T, asked,
                null), 1, 1);
    }

    @Test
    void aMessageSentWithoutWordsSaysWhatItAskedFor() {
        assertThat(texts.provenance(person(""))).isEqualTo("Diverge · SCAMPER");
    }

    @Test
    void aMessageWithWordsHasNoLineOfItsOwn() {
        assertThat(texts.provenance(person("Go wild"))).isNull();
    }
}
