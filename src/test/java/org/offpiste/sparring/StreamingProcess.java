package org.offpiste.sparring;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.offpiste.app.AppContext;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;

/**
 * A separate Offpiste process for the kill test: {@code HOME FILE} opens the project and asks a
 * slow scripted model; prints {@code answer <id>} once the answer's row exists, then
 * {@code text <length>} each time a delta arrives. It never finishes: the test kills it.
 */
public final class StreamingProcess {
    static final int DELTAS = 2_000;
    static final long GAP_MS = 20;

    private StreamingProcess() {
    }

    static String delta(int i) {
        return "token" + i + " ";
    }

    static String fullText() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < DELTAS; i++) {
            out.append(delta(i));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path home = Path.of(args[0]);
        String[] deltas = new String[DELTAS];
        for (int i = 0; i < DELTAS; i++) {
            deltas[i] = delta(i);
        }
        ScriptedProvider model = new ScriptedProvider().then(ScriptedProvider.answer(deltas).gap(GAP_MS));
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), model);
        // a model is named: an answer with none is refused before the provider is asked
        context.providerPreferences().choose(org.offpiste.llm.ProviderSettings.defaults(org.offpiste.llm.ProviderKind.OLLAMA)
                .withModel("llama3.2"));
        Session session = context.open(Path.of(args[1]));
        Sparring sparring = session.sparring();
        long c = sparring.newConversation("killed").id();
        StringBuilder received = new StringBuilder();
        Exchange x = sparring.send(c, new Turn("slowly", Mode.QUESTION_ME, null, List.of()), new RecordingListener() {
            @Override
            public synchronized void text(String delta) {
                received.append(delta);
                out.println("text " + received.length());
                out.flush();
            }
        });
        out.println("answer " + x.answer().id());
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
