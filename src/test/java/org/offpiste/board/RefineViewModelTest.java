package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;
import org.offpiste.ui.DirectTaskExecutor;

/** The Refine control without a screen: a model played by hand, the board in memory. */
class RefineViewModelTest {
    private static final ProviderSettings LLAMA = new ProviderSettings(ProviderKind.OLLAMA, "", "llama3.2", 0.9);
    private final InMemoryIdeaStore store = new InMemoryIdeaStore();
    private final BoardService service = new BoardService(store, () -> "Camille");
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final HandModel model = new HandModel();
    private final SimpleObjectProperty<ProviderSettings> provider = new SimpleObjectProperty<>(LLAMA);
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private final Idea idea = service.add("Night pass", "Cheaper after 5 pm.", List.of(), IdeaStatus.INBOX);
    private BoardViewModel board;

    private RefineViewModel viewModel(boolean readOnly) {
        IdeaRefiner refiner = new IdeaRefiner(service, new BriefService(new org.offpiste.brief.InMemoryBriefStore()),
                model, provider::get, () -> Locale.ENGLISH);
        board = new BoardViewModel(service, executor, readOnly);
        board.openEditor(idea.id());
        RefineSupport support = new RefineSupport(refiner, provider, settingsOpened::incrementAndGet);
        return new RefineViewModel(idea.id(), support, board, service, executor, () -> new Messages(Messages.ENGLISH));
    }

    @Test
    void theAnswerArrivesThenTheNewVersionIsMadeAndUndoBringsTheEarlierOneBack() {
        RefineViewModel vm = viewModel(false);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.READY);
        assertThat(vm.modelProperty().get()).isEqualTo("Ollama · llama3.2");

        vm.refine(RefinePreset.TIKTOK);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.RUNNING);
        assertThat(vm.messageProperty().get()).isEqualTo("Refining: For TikTok…");
        assertThat(vm.canRefineProperty().get()).isFalse();
        assertThat(model.requests.get(0).turns().get(0).text()).contains("**Night pass**", "Adapt it for TikTok");
        model.events.text("**Night pass in 15 seconds**");
        model.events.text("\n\nA vertical clip.");
        assertThat(vm.textProperty().get()).isEqualTo("**Night pass in 15 seconds**\n\nA vertical clip.");
        assertThat(store.find(idea.id()).orElseThrow().title()).as("nothing changes while it arrives").isEqualTo("Night pass");

        model.events.ended(new Outcome(Ending.COMPLETE, "**Night pass in 15 seconds**\n\nA vertical clip.", null));

        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.DONE);
        assertThat(vm.messageProperty().get()).isEqualTo(
                "New version made by Ollama · llama3.2 (For TikTok). Undo brings the earlier one back.");
        assertThat(store.find(idea.id()).orElseThrow().body()).isEqualTo("A vertical clip.");
        assertThat(board.editorProperty().get().titleProperty().get()).as("the editor shows the new version")
                .isEqualTo("Night pass in 15 seconds");
        assertThat(vm.undoableProperty().get()).isTrue();

        vm.undo();

        assertThat(store.find(idea.id()).orElseThrow().title()).isEqualTo("Night pass");
        assertThat(board.editorProperty().get().titleProperty().get()).isEqualTo("Night pass");
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.READY);
        assertThat(vm.undoableProperty().get()).isFalse();
    }

    @Test
    void theEditorOpenedAgainStillSaysWhatMadeTheNewVersion() {
        RefineViewModel vm = viewModel(false);
        RefineSupport support = new RefineSupport(null, provider, () -> { });
        RefineResult made = new RefineResult(RefineResult.Kind.REFINED, idea, null, "Ollama · llama3.2", "Bolder");
        support.refined(made);
        RefineViewModel again = new RefineViewModel(idea.id(), support, new BoardViewModel(service, executor, false),
                service, executor, () -> new Messages(Messages.FRENCH));
        assertThat(again.stateProperty().get()).isEqualTo(RefineState.DONE);
        assertThat(again.messageProperty().get()).isEqualTo(
                "Nouvelle version faite par Ollama · llama3.2 (Bolder). Annuler ramène la précédente.");
        assertThat(support.takeRefined(idea.id())).as("said once").isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.READY);
    }

    @Test
    void aFailureOrStopChangesNothingAndSaysWhyInThePersonsLanguage() {
        RefineViewModel vm = viewModel(false);
        vm.customProperty().set("for a rural audience");
        assertThat(vm.canRefineCustomProperty().get()).isTrue();
        vm.refineCustom();
        assertThat(model.requests.get(0).turns().get(0).text()).endsWith("Instruction: for a rural audience");
        model.events.text("**Night");
        model.events.ended(new Outcome(Ending.INCOMPLETE, "**Night",
                new LlmFailure(FailureKind.STALLED, ProviderKind.OLLAMA, "llama3.2", "localhost", "45 s")));

        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.FAILED);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Nothing changed. The answer from llama3.2 stopped arriving. What came is kept; retry to get the rest.");
        assertThat(store.find(idea.id()).orElseThrow().title()).isEqualTo("Night pass");
        assertThat(service.canUndo()).as("only the idea's creation").isTrue();

        vm.refine(RefinePreset.CHEAPER);
        assertThat(vm.textProperty().get()).isEmpty();
        vm.stop();
        assertThat(model.stopped).isEqualTo(1);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.FAILED);
        assertThat(vm.messageProperty().get()).isEqualTo("Stopped: nothing changed.");
        assertThat(store.find(idea.id()).orElseThrow().title()).isEqualTo("Night pass");
    }

    @Test
    void whatTheEditorStillHoldsIsWrittenFirstAndIsWhatTheModelRewrites() {
        RefineViewModel vm = viewModel(false);
        board.editorProperty().get().bodyProperty().set("Cheaper after 5 pm, sold at the bakery.");
        assertThat(store.find(idea.id()).orElseThrow().body()).as("a draft waits a moment").isEqualTo("Cheaper after 5 pm.");

        vm.refine(RefinePreset.SIMPLER);

        assertThat(store.find(idea.id()).orElseThrow().body()).isEqualTo("Cheaper after 5 pm, sold at the bakery.");
        assertThat(model.requests.get(0).turns().get(0).text()).contains("Cheaper after 5 pm, sold at the bakery.");
    }

    @Test
    void withoutAModelItSaysSoAndOffersTheSettingsUntilOneIsChosen() {
        provider.set(LLAMA.withModel(""));
        RefineViewModel vm = viewModel(false);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.NO_MODEL);
        assertThat(vm.messageProperty().get()).isEqualTo("Refining needs a language model, and none is chosen yet.");
        assertThat(vm.canRefineProperty().get()).isFalse();
        vm.refine(RefinePreset.BOLDER);
        assertThat(model.requests).isEmpty();

        vm.openSettings();
        assertThat(settingsOpened).hasValue(1);
        provider.set(LLAMA);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.READY);
        assertThat(vm.canRefineProperty().get()).isTrue();
    }

    @Test
    void aReadOnlyProjectCannotRefine() {
        RefineViewModel vm = viewModel(true);
        assertThat(vm.stateProperty().get()).isEqualTo(RefineState.READ_ONLY);
        assertThat(vm.canRefineProperty().get()).isFalse();
        vm.refine(RefinePreset.SIMPLER);
        assertThat(model.requests).isEmpty();
    }

    /** A model whose answer the test writes, event by event. */
    private static final class HandModel implements ChatProvider {
        final List<ModelRequest> requests = new ArrayList<>();
        StreamEvents events;
        int stopped;

        @Override
        public StreamingCall stream(ModelRequest request, StreamEvents listener) {
            requests.add(request);
            events = listener;
            return new StreamingCall() {
                private boolean done;

                @Override
                public void stop() {
                    stopped++;
                    done = true;
                    listener.ended(new Outcome(Ending.STOPPED, "", null));
                }

                @Override
                public boolean isDone() {
                    return done;
                }
            };
        }
    }
}
