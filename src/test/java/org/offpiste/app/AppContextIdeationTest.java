package org.offpiste.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.capture.Capture;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.RecordingListener;
import org.offpiste.sparring.ScriptedProvider;
import org.offpiste.sparring.Turn;

/** The sessions the application opens have the ideation engine, and a Diverge answer's ideas reach the board. */
class AppContextIdeationTest {
    @TempDir
    Path home;

    @Test
    void aDivergeAnswerIsCapturedThroughTheApplicationsWiring() throws Exception {
        ScriptedProvider model = new ScriptedProvider();
        model.then(ScriptedProvider.answer("1. **Moth lantern walk** — Follow the moths through the halls.\n",
                "2. **Seed library** — Swap seeds with the botanists.\n"));
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), Map.of(), model);
        context.providerPreferences().choose(ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2"));
        List<Capture> captured = new CopyOnWriteArrayList<>();
        try (Session session = context.create(home.resolve("a.offpiste"))) {
            assertThat(session.hasIdeation()).isTrue();
            long c = session.sparring().newConversation("x").id();
            RecordingListener heard = new RecordingListener() {
                @Override
                public void captured(Capture capture) {
                    captured.add(capture);
                }
            };
            session.sparring().send(c, new Turn("", Mode.DIVERGE, null, List.of()), heard);
            heard.awaitEnd();

            assertThat(captured).extracting(Capture::title).containsExactly("Moth lantern walk", "Seed library");
            assertThat(session.board().store().count()).isEqualTo(2);
            assertThat(session.ideation().captures().of(heard.awaitEnd().id())).hasSize(2);
        }
        try (Session again = context.openForCommand(home.resolve("a.offpiste"))) {
            assertThat(again.board().store().count()).isEqualTo(2);
        }
    }
}
