package org.offpiste.sparring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.BriefVersion;
import org.offpiste.capture.Ideation;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ChatTurn;
import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;

/**
 * Sparring over a project's conversations, for the window and the command line alike. Store work
 * runs on the caller's thread (it is short); answers stream on the provider's threads and are
 * written as they arrive by {@link AnswerStream}. One answer at a time per conversation.
 */
public final class SparringService implements Sparring, AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);
    private final ConversationStore store;
    private final BriefService brief;
    private final BoardService board;
    private final ChatProvider provider;
    private final ProviderPreferences preferences;
    private final Clock clock;
    private final Supplier<Locale> locale;
    private final ScheduledExecutorService scheduler;
    private final Supplier<TechniqueLibrary> techniques;
    private PromptBuilder prompts;
    private RoundDraws draws;
    private final Map<Long, AnswerStream> running = new ConcurrentHashMap<>();
    private final IdeationLink ideation;
    private volatile ProviderSettings chosen;

    /**
     * @param locale    the interface's language, for prompts when the brief names none
     * @param scheduler runs the writes of arriving text (a single daemon thread is enough)
     */
    public SparringService(ConversationStore store, BriefService brief, BoardService board, TechniqueLibrary techniques,
                           ChatProvider provider, ProviderPreferences preferences, Clock clock,
                           Supplier<Locale> locale, ScheduledExecutorService scheduler) {
        this(store, brief, board, () -> techniques, provider, preferences, clock, locale, scheduler);
    }

    /** With the techniques read on first use (reading them takes a moment: a command that never spars skips it). */
    public SparringService(ConversationStore store, BriefService brief, BoardService board,
                           Supplier<TechniqueLibrary> techniques, ChatProvider provider, ProviderPreferences preferences,
                           Clock clock, Supplier<Locale> locale, ScheduledExecutorService scheduler) {
        this(store, brief, board, techniques, provider, preferences, clock, locale, scheduler, null, null);
    }

    /**
     * With the ideation engine: the ideas of Diverge and Build on answers are captured onto the
     * board as they arrive, and a complete Diverge answer asks for the banal baseline.
     *
     * @param ideation      null to spar without capture
     * @param captureThread runs the capture off the provider's threads (a single daemon thread)
     */
    public SparringService(ConversationStore store, BriefService brief, BoardService board,
                           Supplier<TechniqueLibrary> techniques, ChatProvider provider, ProviderPreferences preferences,
                           Clock clock, Supplier<Locale> locale, ScheduledExecutorService scheduler, Ideation ideation,
                           ExecutorService captureThread) {
        this.ideation = new IdeationLink(ideation, captureThread, board);
        this.techniques = techniques;
        this.store = store;
        this.brief = brief;
        this.board = board;
        this.provider = provider;
        this.preferences = preferences;
        this.clock = clock;
        this.locale = locale;
        this.scheduler = scheduler;
    }

    private synchronized PromptBuilder prompts() {
        if (prompts == null) {
            prompts = new PromptBuilder(techniques.get());
        }
        return prompts;
    }

    private synchronized RoundDraws draws() {
        if (draws == null) {
            draws = new RoundDraws(techniques.get());
        }
        return draws;
    }

    @Override
    public List<Conversation> conversations() {
        return store.conversations();
    }

    @Override
    public Conversation newConversation(String title) {
        return store.createConversation(title);
    }

    @Override
    public Conversation rename(long conversationId, String title) {
        return store.rename(conversationId, title);
    }

    @Override
    public void delete(long conversationId) {
        AnswerStream stream = running.get(conversationId);
        if (stream != null) {
            stream.stop();
            awaitQuietly(List.of(stream));
        }
        store.deleteConversation(conversationId);
    }

    @Override
    public List<Message> thread(long conversationId) {
        return store.thread(conversationId);
    }

    @Override
    public List<Message> alternatives(long messageId) {
        Message m = require(messageId);
        return store.messages(m.conversationId()).stream()
                .filter(other -> Objects.equals(other.parentId(), m.parentId()))
                .collect(Collectors.toList());
    }

    @Override
    public void choose(long messageId) {
        store.choose(messageId);
    }

    @Override
    public ProviderSettings provider() {
        ProviderSettings own = chosen;
        if (own != null) {
            return own;
        }
        return DefaultModels.filled(store.lastProvider()
                .flatMap(v -> ProviderKind.fromId(v[0]).map(kind -> {
                    ProviderSettings kept = preferences.forKind(kind);
                    return v[1].isBlank() ? kept : kept.withModel(v[1]);
                }))
                .orElseGet(preferences::current));
    }

    @Override
    public boolean providerDecided() {
        return chosen != null || preferences.chosenKind().isPresent()
                || store.lastProvider().map(v -> !v[1].isBlank()).orElse(false);
    }

    @Override
    public void useProvider(ProviderSettings settings) {
        chosen = Objects.requireNonNull(settings, "settings");
        store.rememberProvider(settings.kind().id(), settings.model());
    }

    @Override
    public Prompt preview(long conversationId, Turn turn) {
        Brief b = brief.current();
        List<Message> thread = store.thread(conversationId);
        Draw draw = draws().peek(turn, b, language(b));
        return prompts().build(b, locale.get(), ThreadTurns.of(thread), turn, ideas(turn.ideaIds(), false), draw,
                ideation.extras(turn, b, language(b), draw, draws(), false));
    }

    @Override
    public synchronized Exchange send(long conversationId, Turn turn, ExchangeListener listener) {
        ensureIdle(conversationId);
        List<Message> thread = store.thread(conversationId);
        Message parent = thread.isEmpty() ? null : thread.get(thread.size() - 1);
        return ask(conversationId, parent == null ? null : parent.id(), ThreadTurns.of(thread), turn, true, listener);
    }

    @Override
    public synchronized Exchange retry(long answerId, ExchangeListener listener) {
        Message answer = requireAnswer(answerId);
        if (answer.status() == MessageStatus.COMPLETE || answer.status() == MessageStatus.STREAMING) {
            throw new IllegalStateException("Only a failed, incomplete or stopped answer is retried: " + answerId);
        }
        return answerAgain(answer, listener);
    }

    @Override
    public synchronized Exchange regenerate(long answerId, ExchangeListener listener) {
        return answerAgain(requireAnswer(answerId), listener);
    }

    @Override
    public synchronized Exchange editAndResend(long questionId, String newText, ExchangeListener listener) {
        Message question = require(questionId);
        if (question.isAnswer()) {
            throw new IllegalArgumentException("Only the person's messages are edited: " + questionId);
        }
        ensureIdle(question.conversationId());
        Provenance p = question.provenance();
        IdeationLink.Round round = ideation.round(questionId);
        Turn turn = p == null || p.mode() == null ? new Turn(newText, Mode.QUESTION_ME, null, List.of())
                : new Turn(newText, p.mode(), p.techniqueId(), p.ideaIds(), round.tactics(), round.pushFurther());
        List<ChatTurn> earlier = ThreadTurns.of(ThreadTurns.pathTo(store.messages(question.conversationId()),
                question.parentId()));
        return ask(question.conversationId(), question.parentId(), earlier, turn, false, listener);
    }

    @Override
    public Optional<Exchange> running(long conversationId) {
        return Optional.ofNullable(running.get(conversationId));
    }

    /** Stops every running answer and waits (a few seconds at most) until each is written. */
    @Override
    public void close() {
        Collection<AnswerStream> streams = new ArrayList<>(running.values());
        streams.forEach(AnswerStream::stop);
        awaitQuietly(streams);
    }

    private Exchange ask(long conversationId, Long parentId, List<ChatTurn> earlier, Turn turn, boolean strictIdeas,
                         ExchangeListener listener) {
        Brief b = brief.current();
        Locale language = language(b);
        Draw draw = draws().take(turn, b, language);
        DivergeExtras extras = ideation.extras(turn, b, language, draw, draws(), true);
        String userTurn = prompts().userTurn(b, locale.get(), turn, ideas(turn.ideaIds(), strictIdeas), draw, extras);
        Provenance asked = new Provenance("", "", turn.mode(), techniqueOf(turn), briefVersion(), turn.ideaIds(),
                userTurn);
        Message question = store.addMessage(conversationId, parentId, Message.Role.USER, turn.text(),
                MessageStatus.COMPLETE, asked);
        ideation.remember(question.id(), turn, draw, extras);
        nameIfUntitled(conversationId, turn.text());
        return start(question, earlier, listener);
    }

    private Exchange answerAgain(Message answer, ExchangeListener listener) {
        ensureIdle(answer.conversationId());
        List<Message> all = store.messages(answer.conversationId());
        Message question = all.stream().filter(m -> m.id() == answer.parentId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The answer " + answer.id() + " answers nothing"));
        return start(question, ThreadTurns.of(ThreadTurns.pathTo(all, question.parentId())), listener);
    }

    /** Creates the answer's row (streaming, empty) and sends the request. */
    private Exchange start(Message question, List<ChatTurn> earlier, ExchangeListener listener) {
        Provenance asked = question.provenance();
        Mode mode = asked == null || asked.mode() == null ? Mode.QUESTION_ME : asked.mode();
        ProviderSettings settings = provider();
        Brief b = brief.current();
        List<ChatTurn> turns = new ArrayList<>(earlier);
        turns.add(ChatTurn.user(ThreadTurns.userTurn(question)));
        Prompt prompt = new Prompt(prompts().system(b, locale.get(), mode), turns);
        Provenance provenance = new Provenance(settings.kind().id(), settings.model(), mode,
                asked == null ? null : asked.techniqueId(), briefVersion(),
                asked == null ? List.of() : asked.ideaIds(), prompt.asText());
        Message answer = store.addMessage(question.conversationId(), question.id(), Message.Role.ASSISTANT, "",
                MessageStatus.STREAMING, provenance);
        store.rememberProvider(settings.kind().id(), settings.model());
        ExchangeListener told = ideation.listener(listener, mode);
        AnswerStream stream = new AnswerStream(store, question, answer, told, scheduler, clock,
                ended -> running.remove(ended.conversationId(), ended), ideation.feed(question, answer, told));
        running.put(question.conversationId(), stream);
        stream.start(settings.model().isBlank() ? SparringService::noModel : provider,
                new ModelRequest(settings, prompt.system(), prompt.turns()));
        return stream;
    }

    /** No model to ask for (an Ollama nobody picked a model for yet): ends at once, saying so, instead of sending "". */
    private static StreamingCall noModel(ModelRequest request, StreamEvents events) {
        ProviderSettings s = request.provider();
        events.ended(new Outcome(Ending.FAILED, "", new LlmFailure(FailureKind.UNKNOWN_MODEL, s.kind(), "", "",
                "no model chosen")));
        return new StreamingCall() {
            @Override
            public void stop() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    private void ensureIdle(long conversationId) {
        if (running.containsKey(conversationId)) {
            throw new IllegalStateException("An answer is still arriving in conversation " + conversationId);
        }
    }

    private void nameIfUntitled(long conversationId, String text) {
        store.conversation(conversationId).filter(c -> c.title().isBlank())
                .ifPresent(c -> store.rename(conversationId, ThreadTurns.title(text)));
    }

    private List<Idea> ideas(List<Long> ids, boolean strict) {
        List<Idea> found = board.store().findAll(ids);
        if (strict && found.size() != ids.size()) {
            Map<Long, Idea> byId = new HashMap<>();
            found.forEach(i -> byId.put(i.id(), i));
            Long missing = ids.stream().filter(id -> !byId.containsKey(id)).findFirst().orElse(null);
            throw new IllegalArgumentException("No idea with id " + missing);
        }
        return found;
    }

    private static String techniqueOf(Turn turn) {
        return turn.mode().usesTechnique() ? turn.techniqueId() : null;
    }

    private Long briefVersion() {
        return brief.currentVersion().map(BriefVersion::id).orElse(null);
    }

    private Locale language(Brief b) {
        return PromptBuilder.language(b, locale.get());
    }

    private Message require(long id) {
        return store.message(id).orElseThrow(() -> new IllegalArgumentException("No message " + id));
    }

    private Message requireAnswer(long id) {
        Message m = require(id);
        if (!m.isAnswer() || m.parentId() == null) {
            throw new IllegalArgumentException("Not an answer: " + id);
        }
        return m;
    }

    private static void awaitQuietly(Collection<AnswerStream> streams) {
        try {
            for (AnswerStream s : streams) {
                s.awaitEnd(CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
