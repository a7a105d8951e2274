package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.settings.Settings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export in the real window: the Shortlist's PDF, an empty Shortlist, a file that cannot be written. */
class WindowExportTest {
    @TempDir
    Path home;
    private WindowFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void start() throws Exception {
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home).open(Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    private BoardService board() {
        return app.vm.project().orElseThrow().session().board();
    }

    @Test
    void exportsTheShortlistAsAPdfWithTheBriefTypedInTheForm() throws Exception {
        start();
        TextField title = app.robot.lookup("#brief-field-title").queryAs(TextField.class);
        app.robot.interact(() -> title.setText("Night skiing for <families> | \"all\""));
        board().add("Lantern chairlift", "Lights along the lift, one per family.", List.of("night"), IdeaStatus.SHORTLIST);
        board().add("Not chosen", "Stays in the inbox.", List.of(), IdeaStatus.INBOX);
        Path pdf = home.resolve("client");
        app.dialogs.files.add(pdf);

        app.fire("menu-export-pdf");

        Path written = home.resolve("client.pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written)
                && app.vm.noticeProperty().get() != null);
        assertThat(app.vm.noticeProperty().get().text()).isEqualTo("Exported the Shortlist (1 idea) to " + written + ".");
        try (PDDocument d = Loader.loadPDF(written.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Night skiing for <families> | \"all\"", "Lantern chairlift",
                    "Lights along the lift, one per family.", "Tags: night", "Made with Offpiste");
            assertThat(text).doesNotContain("Not chosen");
        }
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void anEmptyShortlistSaysSoAndAsksForNoFile() throws Exception {
        start();
        board().add("In the inbox", "", List.of(), IdeaStatus.INBOX);
        Path unused = home.resolve("unused.pdf");
        app.dialogs.files.add(unused);

        app.fire("menu-export-pdf");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.infos.isEmpty());
        assertThat(app.dialogs.infos).containsExactly("The Shortlist is empty, so there is nothing to put in the PDF."
                + " Move the ideas you recommend to the Shortlist first.");
        assertThat(app.dialogs.files).containsExactly(unused);
        assertThat(unused).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsAClearMessageAndNothingIsLeftBehind() throws Exception {
        start();
        board().add("An idea", "", List.of(), IdeaStatus.INBOX);
        Path target = home.resolve("no-such-folder").resolve("ideas.md");
        app.dialogs.files.add(target);

        app.fire("menu-export-md");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors).containsExactly("Offpiste could not write " + target
                + ". Is the disk full, or the folder read-only? Nothing was written there.");
        assertThat(target.getParent()).doesNotExist();
    }
}
