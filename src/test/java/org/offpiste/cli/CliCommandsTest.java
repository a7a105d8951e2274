package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's happy path through the real entry point, on real project files. */
class CliCommandsTest {
    @TempDir
    Path home;

    private CliRunner cli;
    private Path project;

    private Path newProject() {
        cli = new CliRunner(home);
        project = home.resolve("ideas.offpiste");
        CliRunner.Result r = cli.run("new", project);
        assertThat(r.code()).as(r.err()).isZero();
        return project;
    }

    private long add(Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "add";
        all[1] = project;
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner.Result r = cli.run(all);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return Long.parseLong(r.out().strip());
    }

    private JsonNode json(Object... options) throws Exception {
        List<Object> args = new ArrayList<>(List.of("ideas", project, "--format", "json"));
        args.addAll(List.of(options));
        CliRunner.Result r = cli.run(args.toArray());
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> titles(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("title").asText()));
        return out;
    }

    @Test
    void newCreatesTheProjectFile() {
        newProject();

        assertThat(project).isRegularFile();
        assertThat(cli.run("ideas", project).out()).contains("No ideas match.");
    }

    @Test
    void newRefusesAnExistingFileWithExitCode3() {
        newProject();

        CliRunner.Result r = cli.run("new", project);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).isEqualTo("A file already exists at " + project + "; choose another name.");
    }

    @Test
    void addPrintsTheNewIdAndTheIdeaHasEveryField() throws Exception {
        newProject();

        long id = add("--title", "Night quiz", "--body", "With fossils", "--tag", "events", "--tag", "night;quiz",
                "--status", "Shortlist");

        JsonNode ideas = json();
        assertThat(ideas).hasSize(1);
        JsonNode idea = ideas.get(0);
        assertThat(idea.get("id").asLong()).isEqualTo(id);
        assertThat(idea.get("title").asText()).isEqualTo("Night quiz");
        assertThat(idea.get("body").asText()).isEqualTo("With fossils");
        assertThat(idea.get("tags")).extracting(JsonNode::asText).containsExactly("events", "night", "quiz");
        assertThat(idea.get("status").asText()).isEqualTo("shortlist");
        assertThat(idea.get("author").asText()).isEqualTo("Tester");
        assertThat(Instant.parse(idea.get("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(idea.get("updatedAt").asText()).endsWith("Z");
    }

    @Test
    void addDefaultsToInbox() throws Exception {
        newProject();
        add("--title", "Plain");

        assertThat(json().get(0).get("status").asText()).isEqualTo("inbox");
    }

    @Test
    void ideasSearchesWithAccentsFolded() throws Exception {
        newProject();
        add("--title", "Télésiège concert");
        add("--title", "Bus stop poetry");

        assertThat(titles(json("--search", "telesiege"))).containsExactly("Télésiège concert");
    }

    @Test
    void ideasFiltersByTagAndStatus() throws Exception {
        newProject();
        add("--title", "A", "--tag", "x", "--status", "parked");
        add("--title", "B", "--tag", "x", "--tag", "y");
        add("--title", "C", "--tag", "y", "--status", "rejected");

        assertThat(titles(json("--tag", "x"))).containsExactlyInAnyOrder("A", "B");
        assertThat(titles(json("--tag", "x", "--tag", "y"))).containsExactly("B");
        assertThat(titles(json("--status", "parked", "--status", "rejected"))).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void ideasSortsByTitle() throws Exception {
        newProject();
        add("--title", "beta");
        add("--title", "Alpha");
        add("--title", "gamma");

        assertThat(titles(json("--sort", "title"))).containsExactly("Alpha", "beta", "gamma");
    }

    @Test
    void ideasPrintsAnAlignedTableByDefault() {
        newProject();
        long id = add("--title", "Fossil karaoke", "--tag", "music");

        CliRunner.Result r = cli.run("ideas", project);

        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).contains("ID", "STATUS", "TITLE", "TAGS", "AUTHOR", "UPDATED");
        assertThat(lines[2]).contains(String.valueOf(id), "inbox", "Fossil karaoke", "music", "Tester");
    }

    @Test
    void ideasPrintsCsvAndMarkdown() {
        newProject();
        add("--title", "Fossil karaoke", "--body", "Sing with the T. rex");

        assertThat(cli.run("ideas", project, "--format", "csv").out())
                .startsWith("title,body,tags,status,id,author,createdAt,updatedAt")
                .contains("Fossil karaoke,Sing with the T. rex,,inbox,");
        assertThat(cli.run("ideas", project, "--format", "md").out())
                .contains("## Fossil karaoke\n\nSing with the T. rex\n");
    }

    @Test
    void hugeAndStrangeTextSurvivesAddAndExport() throws Exception {
        newProject();
        String body = "😀 مرحبا \u0001\u0007 ".repeat(1) + "x".repeat(1_000_000);
        String title = "\u202Eevil\u202C 日本語 👨\u200D👩\u200D👧 \"quoted\", semi;colon";

        add("--title", title, "--body", body);

        JsonNode idea = json().get(0);
        assertThat(idea.get("title").asText()).isEqualTo(title);
        assertThat(idea.get("body").asText()).isEqualTo(body.strip());
        CliRunner.Result table = cli.run("ideas", project);
        assertThat(table.code()).isZero();
        assertThat(table.out().split("\\R")[2]).doesNotContain("\u202E").hasSizeLessThan(300);
    }

    @Test
    void exportWritesAFileAndSaysHowMany() throws Exception {
        newProject();
        add("--title", "One");
        add("--title", "Two");
        Path out = home.resolve("out.json");

        CliRunner.Result r = cli.run("export", project, "--format", "json", "--output", out);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Exported 2 ideas to " + out + ".");
        assertThat(titles(new ObjectMapper().readTree(out.toFile()).get("ideas"))).containsExactly("One", "Two");
    }

    @Test
    void exportToAMissingFolderIsOneLine() {
        newProject();

        CliRunner.Result r = cli.run("export", project, "--format", "csv", "--output", home.resolve("no/dir/x.csv"));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errorLine()).startsWith("Offpiste could not write");
    }

    @Test
    void exportNeverOverwritesTheProjectItself() {
        newProject();
        add("--title", "Keep me");

        CliRunner.Result r = cli.run("export", project, "--format", "json", "--output", project);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("overwrite the project");
        assertThat(cli.run("ideas", project).out()).contains("Keep me");
    }

    @Test
    void exportMarkdownHasAHeadingAndOneSectionPerIdea() {
        newProject();
        add("--title", "One", "--body", "First", "--tag", "t1");
        add("--title", "Two", "--status", "shortlist");

        CliRunner.Result r = cli.run("export", project, "--format", "md");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# ")
                .contains("\n## One\n\nFirst\n\n- Tags: t1\n- Status: Inbox\n- Author: Tester\n")
                .contains("\n## Two\n\n- Status: Shortlist\n");
    }
}
