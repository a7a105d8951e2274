package org.offpiste.teamboard;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.testing.MemoryKeyring;
import org.offpiste.ui.DirectTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The connect dialog in French, at its usual width: no text of the form is cut off. */
class TeamBoardDialogTest extends ApplicationTest {
    private Stage stage;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
    }

    @Test
    void theRememberCheckBoxShowsItsWholeFrenchSentence() {
        Messages fr = new Messages(Messages.FRENCH);
        TeamBoardViewModel vm = new TeamBoardViewModel(TeamBoardViewModel.Mode.CONNECT, fr, new DirectTaskExecutor(),
                new TeamPasswords(Map.of(), () -> new MemoryKeyring(false)), (address, password) -> {
                    throw new AssertionError("not connecting in this test");
                }, (s, a) -> { });
        TeamBoardDialog[] dialog = new TeamBoardDialog[1];
        interact(() -> {
            dialog[0] = new TeamBoardDialog(stage, vm, fr);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node shown = dialog[0].remember.lookup(".text");
        assertThat(((Text) shown).getText().replace("\n", " ").replaceAll(" +", " ").trim())
                .isEqualTo(fr.get("teamboard.field.remember"));
        assertThat(dialog[0].remember.getHeight()).as("its lines all show").isGreaterThanOrEqualTo(
                dialog[0].remember.prefHeight(dialog[0].remember.getWidth()) - 0.5);
        interact(() -> dialog[0].close());
    }
}
