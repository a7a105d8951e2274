package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefMarkdown;
import org.offpiste.project.Session;

/** Briefs in and out through the command line, with the sample briefs. */
class CliBriefTest {
    private static final Path SAMPLES = Path.of("/work/shared/samples/briefs");

    @TempDir
    Path home;

    static Stream<Path> samples() throws Exception {
        Path dir = Files.isDirectory(SAMPLES) ? SAMPLES : Path.of("src/test/resources/briefs");
        return Files.list(dir).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleBriefGoesInWithNewAndComesBackOutAsTheSameBrief(Path sample) throws Exception {
        CliRunner cli = new CliRunner(home);
        Path project = home.resolve("p.offpiste");
        Brief expected = BriefMarkdown.read(Files.readString(sample, StandardCharsets.UTF_8));

        CliRunner.Result created = cli.run("new", project, "--brief", sample);
        CliRunner.Result printed = cli.run("brief", project);

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(BriefMarkdown.read(printed.out())).isEqualTo(expected);
        assertThat(printed.out()).startsWith("# " + expected.get(BriefField.TITLE));
        assertThat(cli.run("export", project, "--format", "md").out())
                .startsWith("# " + expected.get(BriefField.TITLE) + "\n");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importReplacesTheBriefAsANewVersion(Path sample) throws Exception {
        CliRunner cli = new CliRunner(home);
        Path project = home.resolve("p.offpiste");
        Path first = samples().filter(p -> !p.equals(sample)).findFirst().orElseThrow();
        assertThat(cli.run("new", project, "--brief", first).code()).isZero();

        CliRunner.Result r = cli.run("brief", project, "--import", sample);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Replaced the brief");
        try (Session s = cli.context().open(project)) {
            assertThat(s.brief().current()).isEqualTo(BriefMarkdown.read(Files.readString(sample, StandardCharsets.UTF_8)));
            assertThat(s.brief().versions()).hasSize(2);
        }
    }

    @Test
    void aBriefThatIsNotUtf8IsExitCode4AndCreatesNothing() throws Exception {
        CliRunner cli = new CliRunner(home);
        Path bad = home.resolve("bad.md");
        Files.write(bad, new byte[] {'#', ' ', (byte) 0xE9, (byte) 0xFF, '\n'});
        Path project = home.resolve("p.offpiste");

        CliRunner.Result r = cli.run("new", project, "--brief", bad);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).contains("bad.md", "UTF-8");
        assertThat(project).doesNotExist();
    }

    @Test
    void aFileThatIsNotABriefIsExitCode4WithTheReason() throws Exception {
        CliRunner cli = new CliRunner(home);
        Path notes = home.resolve("notes.md");
        Files.writeString(notes, "Just some notes,\nno headings at all.\n", StandardCharsets.UTF_8);
        Path project = home.resolve("p.offpiste");

        CliRunner.Result r = cli.run("new", project, "--brief", notes);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).startsWith(notes + " is not a brief Offpiste can read: ");
        assertThat(project).doesNotExist();
    }

    @Test
    void aMissingBriefToImportIsExitCode4AndTheBriefIsKept() throws Exception {
        CliRunner cli = new CliRunner(home);
        Path project = home.resolve("p.offpiste");
        Path sample = samples().findFirst().orElseThrow();
        cli.run("new", project, "--brief", sample);
        String before = cli.run("brief", project).out();

        CliRunner.Result r = cli.run("brief", project, "--import", home.resolve("none.md"));

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).contains("none.md");
        assertThat(cli.run("brief", project).out()).isEqualTo(before);
    }
}
