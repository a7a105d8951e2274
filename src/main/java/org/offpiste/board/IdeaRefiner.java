package org.offpiste.board;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.offpiste.brief.BriefService;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ProviderSettings;

/**
 * Refine by a model: asks the project's current provider and model to rewrite one idea for an
 * instruction ("make it cheaper"), grounded in the brief, in the brief's language. The answer
 * streams to a {@link RefineListener}; only when it completes and its idea can be read is the
 * board changed, through {@link BoardService#refine} (one undoable new version made by
 * "provider · model"). A failed, stalled, cut-off or stopped answer changes nothing. Stalls end
 * by the provider's own watchdog. Closed with its project: answers in flight are stopped.
 */
public final class IdeaRefiner implements AutoCloseable {

    /**
     * Writes a refinement of {@code base} (the idea as the model was given it) on the board (the board's
     * {@link BoardService#refine(Idea, String, String, String, String)}; tests give their own).
     */
    @FunctionalInterface
    interface Apply {
        EditResult refine(Idea base, String title, String body, String madeBy, String instruction);
    }

    private final IdeaStore ideas;
    private final Apply apply;
    private final BriefService brief;
    private final ChatProvider provider;
    private final Supplier<ProviderSettings> settings;
    private final Supplier<Locale> locale;
    private final RefineAnswer answers = new RefineAnswer(new IdeaExtractor());
    private final Set<RefineCall> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param settings the provider and model to ask: the project's current one, as the sparring pane uses it
     * @param locale   the interface's language, used when the brief names none
     */
    public IdeaRefiner(BoardService board, BriefService brief, ChatProvider provider,
                       Supplier<ProviderSettings> settings, Supplier<Locale> locale) {
        this(board.store(), board::refine, brief, provider, settings, locale);
    }

    IdeaRefiner(IdeaStore ideas, Apply apply, BriefService brief, ChatProvider provider,
                Supplier<ProviderSettings> settings, Supplier<Locale> locale) {
        this.ideas = ideas;
        this.apply = apply;
        this.brief = brief;
        this.provider = provider;
        this.settings = settings;
        this.locale = locale;
    }

    /** The provider and model that would answer now (may read the project: off the FX thread). */
    public ProviderSettings settings() {
        return settings.get();
    }

    /** "Ollama · llama3.2": who a refinement is recorded as made by. */
    public static String madeBy(ProviderSettings chosen) {
        return chosen.kind().brand() + " · " + chosen.model();
    }

    /**
     * Starts rewriting idea {@code ideaId}; returns at once (reads the project: call it off the FX
     * thread). The listener hears the text as it arrives and, once, how it ended, on background
     * threads. Without a model nothing is sent and it ends as {@link RefineResult.Kind#NO_MODEL}.
     *
     * @throws IllegalArgumentException when the idea is gone
     * @throws IllegalStateException    when the project is closed
     */
    public Refinement refine(long ideaId, RefineInstruction instruction, RefineListener listener) {
        if (closed) {
            throw new IllegalStateException("The project is closed");
        }
        Idea idea = ideas.find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea with id " + ideaId));
        RefinePrompt prompt = new RefinePrompt(brief.current(), locale.get());
        ProviderSettings chosen = settings.get();
        String recorded = prompt.recorded(instruction);
        if (chosen.model().isBlank()) {
            listener.ended(RefineResult.of(RefineResult.Kind.NO_MODEL, "", recorded));
            return () -> { };
        }
        RefineCall call = new RefineCall(this, idea, madeBy(chosen), recorded, listener);
        running.add(call);
        call.started(provider.stream(prompt.request(chosen, idea.title(), idea.body(), instruction), call));
        if (closed) {
            call.stop();
        }
        return call;
    }

    RefineAnswer answers() {
        return answers;
    }

    Apply apply() {
        return apply;
    }

    boolean closed() {
        return closed;
    }

    void ended(RefineCall call) {
        running.remove(call);
    }

    /** Stops the answers in flight; nothing is written after. */
    @Override
    public void close() {
        closed = true;
        for (RefineCall call : running) {
            call.stop();
        }
        running.clear();
    }
}
