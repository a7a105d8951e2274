package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;

class ErrorReportTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ErrorReport report(Locale locale) {
        return new ErrorReport(new Messages(locale), new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/logs"));
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProjectProblemIsOneLocalisedLineWithThePathAndExitCode3(Problem problem) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            err.reset();
            int code = report(locale).report(new ProjectException(problem, Path.of("/p/x.offpiste"), "detail"));

            assertThat(code).isEqualTo(3);
            assertThat(printed()).contains("/p/x.offpiste").doesNotContain("detail").endsWith(System.lineSeparator());
            assertThat(printed().strip()).doesNotContain("\n");
        }
    }

    @Test
    void aWrappedProjectProblemIsStillFound() {
        int code = report(Locale.ENGLISH).report(new UncheckedIOException(new java.io.IOException(
                new ProjectException(Problem.LOCKED, Path.of("p.offpiste"), "held"))));

        assertThat(code).isEqualTo(3);
        assertThat(printed()).startsWith("p.offpiste is already open in another Offpiste window or command.");
    }

    @Test
    void anythingElseIsOneLineWithoutStackTraceAndExitCode1() {
        int code = report(Locale.ENGLISH).report(new IllegalStateException("boom\n\tat somewhere"));

        assertThat(code).isEqualTo(1);
        assertThat(printed()).isEqualTo("Something went wrong: boom at somewhere. Details are in the log folder "
                + Path.of("/logs") + "." + System.lineSeparator());
    }

    @Test
    void aCliFailureUsesItsExitCodeAndMessage() {
        int code = report(Locale.FRENCH).report(CliFailure.input("cli.error.inputMissing", Path.of("b.md")));

        assertThat(code).isEqualTo(4);
        assertThat(printed().strip()).isEqualTo("Aucun fichier à l'emplacement b.md.");
    }
}
