package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import and the export → import round trip, through the real entry point on real files. */
class CliImportExportTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(home);
    }

    private Path newProject(String name) {
        Path p = home.resolve(name);
        assertThat(cli.run("new", p).code()).isZero();
        return p;
    }

    private JsonNode ideas(Path project) throws Exception {
        CliRunner.Result r = cli.run("export", project, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).get("ideas");
    }

    /** What must survive a round trip: everything but ids and times. */
    private static List<List<String>> content(JsonNode ideas) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode i : ideas) {
            out.add(List.of(i.get("title").asText(), i.get("body").asText(), i.get("tags").toString(),
                    i.get("status").asText(), i.get("author").asText()));
        }
        return out;
    }

    private Path csv(String name, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void csvExportImportsBackIntoANewProjectAsTheSameIdeas() throws Exception {
        Path first = newProject("first.offpiste");
        cli.run("add", first, "--title", "Fossil karaoke", "--body", "Line one\nline two, \"quoted\"; semi",
                "--tag", "music", "--tag", "été", "--status", "shortlist");
        cli.run("add", first, "--title", "😀 مرحبا 日本語", "--body", "\u0001 control", "--status", "parked");
        cli.run("add", first, "--title", "Plain");
        Path exported = home.resolve("ideas.csv");
        assertThat(cli.run("export", first, "--format", "csv", "--output", exported).code()).isZero();

        Path second = newProject("second.offpiste");
        CliRunner.Result r = cli.run("import", second, exported);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Imported 3 ideas into " + second + ".");
        assertThat(content(ideas(second))).containsExactlyElementsOf(content(ideas(first)));
    }

    @Test
    void importsAFrenchExcelFileWithBomSemicolonsAndMultiLineBodies() throws Exception {
        Path project = newProject("p.offpiste");
        Path file = csv("idees.csv", "\uFEFFTitre;Corps;Étiquettes;Statut\r\n"
                + "Télésiège musical;\"Un concert\r\nsur le télésiège\";\"été; musique\";shortlist\r\n"
                + "Marmotte;;;\r\n");

        CliRunner.Result r = cli.run("import", project, file);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode ideas = ideas(project);
        assertThat(ideas).hasSize(2);
        assertThat(ideas.get(0).get("title").asText()).isEqualTo("Télésiège musical");
        assertThat(ideas.get(0).get("body").asText()).isEqualTo("Un concert\r\nsur le télésiège");
        assertThat(ideas.get(0).get("tags").toString()).isEqualTo("[\"été\",\"musique\"]");
        assertThat(ideas.get(0).get("status").asText()).isEqualTo("shortlist");
        assertThat(ideas.get(1).get("status").asText()).isEqualTo("inbox");
        assertThat(ideas.get(1).get("author").asText()).isEqualTo("Tester");
    }

    @Test
    void anEmptyTitleNamesTheLineAndImportsNothing() throws Exception {
        Path project = newProject("p.offpiste");
        Path file = csv("bad.csv", "title,body\nGood,\"two\nlines\"\n  ,no title\nAlso good,x\n");

        CliRunner.Result r = cli.run("import", project, file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).isEqualTo(file + ": Line 4: the title is empty. Nothing was imported.");
        assertThat(ideas(project)).isEmpty();
    }

    @Test
    void anUnknownStatusNamesTheLineAndImportsNothing() throws Exception {
        Path project = newProject("p.offpiste");
        Path file = csv("bad.csv", "title,status\nA,inbox\nB,done\n");

        CliRunner.Result r = cli.run("import", project, file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).contains("Line 3", "'done'");
        assertThat(ideas(project)).isEmpty();
    }

    @Test
    void aCsvWithoutTitleColumnOrNotUtf8OrMissingIsExitCode4() throws Exception {
        Path project = newProject("p.offpiste");
        Path latin1 = home.resolve("latin1.csv");
        Files.write(latin1, "title\nt\u00e9l\u00e9si\u00e8ge\n".getBytes(StandardCharsets.ISO_8859_1));

        CliRunner.Result noTitle = cli.run("import", project, csv("x.csv", "name,body\nA,b\n"));
        CliRunner.Result notUtf8 = cli.run("import", project, latin1);
        CliRunner.Result missing = cli.run("import", project, home.resolve("none.csv"));

        assertThat(noTitle.code()).isEqualTo(4);
        assertThat(noTitle.errorLine()).contains("'title'");
        assertThat(notUtf8.code()).isEqualTo(4);
        assertThat(notUtf8.errorLine()).contains("not UTF-8");
        assertThat(missing.code()).isEqualTo(4);
        assertThat(missing.errorLine()).isEqualTo("There is no file at " + home.resolve("none.csv") + ".");
        assertThat(ideas(project)).isEmpty();
    }

    @Test
    void aHundredThousandRowsImport() throws Exception {
        Path project = newProject("big.offpiste");
        Path file = home.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("title,body,tags,status\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("Idea " + i + ",\"A body for idea " + i + ", with a comma\",tag" + (i % 50) + ";bulk,"
                        + (i % 3 == 0 ? "shortlist" : "inbox") + "\n");
            }
        }

        long start = System.nanoTime();
        CliRunner.Result r = cli.run("import", project, file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("100,000");
        System.out.println("Imported 100,000 CSV rows in " + millis + " ms");
        // The target is 5 s (docs/benchmarks.md measures it); this bound only catches a pathological slowdown.
        assertThat(millis).as("import of 100,000 rows").isLessThan(60_000);
        CliRunner.Result count = cli.run("ideas", project, "--tag", "tag7", "--status", "shortlist", "--format", "json");
        assertThat(new ObjectMapper().readTree(count.out())).hasSize(667);
        // a board this large is not measured by a listing: it lists what is stored (nothing yet)
        assertThat(new ObjectMapper().readTree(count.out()).get(0).get("novelty").isNull()).isTrue();
        try (org.offpiste.project.Session s = cli.context().openForCommand(project)) {
            assertThat(s.project().novelty().vectors(org.offpiste.novelty.MiniLmEmbedder.MODEL)).isEmpty();
        }
    }

    @Test
    void aTextListIsImportedIntoTheInboxByItsExtensionOrWithFormatList() throws Exception {
        Path project = newProject("list.offpiste");
        Path md = csv("ideas.md", "Ideas from the workshop:\n\n- Torchlight descent\n- **Night pass** — cheaper after 5 pm\n"
                + "- Luge au clair de lune\n");
        CliRunner.Result r = cli.run("import", project, md);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 3 ideas");
        Path plain = csv("more.list", "Stargazing hut\n\nFondue at night: in the mountain restaurant\n");
        CliRunner.Result forced = cli.run("import", project, plain, "--format", "list");
        assertThat(forced.code()).as(forced.err()).isZero();

        JsonNode ideas = ideas(project);
        assertThat(content(ideas)).containsExactlyInAnyOrder(
                List.of("Torchlight descent", "", "[]", "inbox", "Tester"),
                List.of("Night pass", "cheaper after 5 pm", "[]", "inbox", "Tester"),
                List.of("Luge au clair de lune", "", "[]", "inbox", "Tester"),
                List.of("Stargazing hut", "", "[]", "inbox", "Tester"),
                List.of("Fondue at night", "in the mountain restaurant", "[]", "inbox", "Tester"));
    }

    @Test
    void aListIsReadFromStandardInputAndABadFormatIsAUsageError() throws Exception {
        Path project = newProject("stdin.offpiste");
        java.io.InputStream before = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("1. Torchlight descent\n2. Night pass\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRunner.Result r = cli.run("import", project, "-");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Imported 2 ideas");
        } finally {
            System.setIn(before);
        }
        assertThat(content(ideas(project))).extracting(i -> i.get(0)).containsExactlyInAnyOrder("Torchlight descent", "Night pass");
        CliRunner.Result bad = cli.run("import", project, csv("x.txt", "A"), "--format", "yaml");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.errorLine()).contains("yaml").contains("csv, list");
    }
}
