package org.offpiste.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.i18n.Messages;

class IdeaWritersTest {
    private static final Instant CREATED = Instant.parse("2026-11-29T01:02:03.456Z");
    private static final Instant UPDATED = Instant.parse("2026-11-29T02:00:00Z");
    private final List<Idea> ideas = List.of(
            new Idea(1, "Night \"quiz\", with fossils", "Line one\nline two; ok", List.of("été", "events"),
                    IdeaStatus.SHORTLIST, "Zoé", CREATED, UPDATED),
            new Idea(2, "😀 مرحبا", "\u0001ctrl\ttab", List.of(), IdeaStatus.INBOX, "Ana", CREATED, CREATED));

    @Test
    void jsonHasEveryFieldWithTagsAsArrayStatusKeyAndIsoTimes() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaJsonWriter().write(ideas, out);

        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        JsonNode first = array.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("title").asText()).isEqualTo("Night \"quiz\", with fossils");
        assertThat(first.get("body").asText()).isEqualTo("Line one\nline two; ok");
        assertThat(first.get("tags").isArray()).isTrue();
        assertThat(first.get("tags").get(0).asText()).isEqualTo("été");
        assertThat(first.get("status").asText()).isEqualTo("shortlist");
        assertThat(first.get("author").asText()).isEqualTo("Zoé");
        assertThat(first.get("createdAt").asText()).isEqualTo("2026-11-29T01:02:03.456Z");
        assertThat(first.get("updatedAt").asText()).isEqualTo("2026-11-29T02:00:00Z");
        assertThat(array.get(1).get("body").asText()).isEqualTo("\u0001ctrl\ttab");
    }

    @Test
    void csvWrittenReadsBackAsTheSameIdeas() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaCsvWriter().write(ideas, out);

        assertThat(out.toString()).startsWith("title,body,tags,status,id,author,createdAt,updatedAt,score\r\n");
        List<NewIdea> back = new IdeaCsvReader("someone").read(new StringReader(out.toString()));
        assertThat(back).containsExactly(
                new NewIdea("Night \"quiz\", with fossils", "Line one\nline two; ok", List.of("été", "events"),
                        IdeaStatus.SHORTLIST, "Zoé"),
                new NewIdea("😀 مرحبا", "\u0001ctrl\ttab", List.of(), IdeaStatus.INBOX, "Ana"));
    }

    @Test
    void markdownHasTheBriefTitleAndOneSectionPerIdea() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaMarkdownWriter(new Messages(Locale.ENGLISH)).write("After dark", ideas, out);

        String md = out.toString();
        assertThat(md).startsWith("# After dark\n");
        assertThat(md).contains("\n## Night \"quiz\", with fossils\n\nLine one\\\nline two; ok\n\n"
                + "- Tags: été, events\n- Status: Shortlist\n- Author: Zoé\n");
        assertThat(md).contains("\n## 😀 مرحبا\n");
        assertThat(md.split("\n## ", -1)).hasSize(3);
    }

    @Test
    void markdownInFrenchWithoutBriefTitleUsesAGenericHeading() throws Exception {
        StringWriter out = new StringWriter();
        new IdeaMarkdownWriter(new Messages(Locale.FRENCH)).write("", ideas.subList(0, 1), out);

        assertThat(out.toString()).startsWith("# Idées\n").contains("- Statut : Sélection\n");
    }
}
