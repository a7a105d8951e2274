package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.export.ExportFormat;
import org.offpiste.export.ExportSource;
import org.offpiste.export.ProjectExporter;
import org.offpiste.export.StoredFacts;
import org.offpiste.export.pdf.FontFiles;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.project.Session;

/** Every export of a project written by version 4 (the seed): versions, comments, ratings, rounds, duels. */
@Tag("file")
class ExportSeedTest {
    @TempDir
    Path dir;

    private String export(ExportFormat format, boolean shortlist) throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4-" + format + shortlist + ".offpiste"), 4);
        Project p = new SqliteProjectFiles().open(file);
        try (Session s = new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "Ana"))) {
            ProjectExporter exporter = new ProjectExporter(new Messages(Messages.ENGLISH),
                    Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC), () -> List.of(FontFiles.bundled()));
            ExportSource source = exporter.read(s, shortlist, new StoredFacts());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(format, source, out);
            if (format != ExportFormat.PDF) {
                return out.toString(StandardCharsets.UTF_8);
            }
            try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
                return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            }
        }
    }

    @Test
    void jsonHoldsTheSeedsVersionsCommentsRatingsRoundsAndDuels() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.JSON, false));

        assertThat(json.get("brief").get("title").asText()).isEqualTo("Night skiing");
        assertThat(json.get("criteria")).hasSize(3);
        JsonNode lanterns = json.get("ideas").get(0);
        assertThat(lanterns.get("title").asText()).isEqualTo("Télésiège lanterns");
        assertThat(lanterns.get("versions")).hasSize(2);
        assertThat(lanterns.get("versions").get(1).get("instruction").asText()).isEqualTo("make it cheaper");
        assertThat(lanterns.get("comments").get(0).get("body").asText()).isEqualTo("Cheap enough for March?");
        assertThat(lanterns.get("ratings")).hasSize(3);
        assertThat(lanterns.get("weightedScore").get("score").asDouble()).isEqualTo(3.667);
        assertThat(lanterns.get("weightedScore").get("raters").asInt()).isEqualTo(2);
        assertThat(lanterns.get("winChance").get("duels").asInt()).isEqualTo(2);
        JsonNode race = json.get("ideas").get(1);
        assertThat(race.get("model").asText()).isEqualTo("llama3.2");
        assertThat(race.get("versions").get(0).get("tags").toString()).isEqualTo("[\"event\",\"night\"]");
        assertThat(json.get("voteRounds")).hasSize(2);
        for (JsonNode round : json.get("voteRounds")) {
            if (round.get("anonymous").asBoolean()) {
                assertThat(round.get("closed").asBoolean()).isFalse();
                assertThat(round.has("ballots")).isFalse();
            } else {
                assertThat(round.get("ballots")).extracting(b -> b.get("voter").asText()).containsExactly("Ana", "Ben");
                assertThat(round.get("totals").get(0).get("dots").asInt()).isEqualTo(3);
            }
        }
        assertThat(json.get("duels")).extracting(d -> d.get("result").asText()).containsExactly("left", "tie");
    }

    @Test
    void pdfMarkdownAndCsvShowTheSeedsScores() throws Exception {
        assertThat(export(ExportFormat.PDF, true)).contains("Night skiing", "For Alpine Co",
                "INSIGHT Dark slopes feel like a secret", "1. Télésiège lanterns", "Lights along the lift",
                "Tags: night", "Weighted score 3.7 / 5 (2 raters)", "3 dots in the vote \u201cShortlist vote\u201d",
                "Duel win chance").doesNotContain("Moonlight race");
        assertThat(export(ExportFormat.MARKDOWN, false)).contains("- Weighted score: 3.67 / 5 (2 raters)\n- Comments: 1\n")
                .contains("## Moonlight race");
        assertThat(export(ExportFormat.CSV, false).lines().toList()).satisfies(lines -> {
            assertThat(lines.get(1)).startsWith("Télésiège lanterns,").endsWith(",3.67");
            assertThat(lines.get(2)).startsWith("Moonlight race,").endsWith(",");
        });
    }
}
