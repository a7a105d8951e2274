package org.offpiste.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;

class AppContextTest {
    @TempDir
    Path home;

    @Test
    void ideasAreSignedWithTheNameInTheSettingsAtTheTimeTheyAreAdded() {
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")));
        context.settings().setAuthorName("Camille");
        try (Session session = context.create(home.resolve("a.offpiste"))) {
            assertThat(session.board().add("Night skiing", "", List.of(), IdeaStatus.INBOX).author())
                    .isEqualTo("Camille");
            context.settings().setAuthorName("Léa");
            assertThat(session.board().add("Glacier picnic", "", List.of(), IdeaStatus.INBOX).author())
                    .isEqualTo("Léa");
        }
    }
}
