package org.offpiste.sparring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.offpiste.llm.ChatTurn;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;

/**
 * A sparring service in memory for the pane's tests: a message tree like the real store, and
 * answers that follow a script — tokens at a pace (on their own thread) or at once, then an end.
 */
public final class FakeSparring implements Sparring {
    /** How the next answers go. */
    record Script(List<String> tokens, Duration pace, FailureKind failure, boolean holdAtEnd) {
        static Script answer(String... tokens) {
            return new Script(List.of(tokens), Duration.ZERO, null, false);
        }

        static Script failing(FailureKind kind) {
            return new Script(List.of(), Duration.ZERO, kind, false);
        }

        static Script streaming(List<String> tokens, Duration pace) {
            return new Script(tokens, pace, null, false);
        }

        /** Streams the tokens, then waits (still streaming) until stopped. */
        static Script hanging(String... tokens) {
            return new Script(List.of(tokens), Duration.ofMillis(5), null, true);
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Conversation> conversations = new HashMap<>();
    private final Map<Long, Message> messages = new HashMap<>();
    private final Map<Long, Long> chosen = new HashMap<>();
    private final Map<Long, Exchange> running = new HashMap<>();
    private final List<Script> scripts = new ArrayList<>();
    private ProviderSettings provider = new ProviderSettings(ProviderKind.OLLAMA, null, "llama3.2", 0.9);
    volatile CountDownLatch started = new CountDownLatch(1);
    /** Called on the answer's thread after each token is sent (the capture of a real service). */
    volatile TokenHook afterToken = (index, answer, listener) -> { };
    /** Called on the answer's thread just before it ends. */
    volatile TokenHook beforeEnd = (index, answer, listener) -> { };

    /** What a test does as an answer streams: {@code index} of the token just sent. */
    interface TokenHook {
        void at(int index, Message answer, ExchangeListener listener);
    }
    final List<Turn> sent = new ArrayList<>();

    synchronized void next(Script... s) {
        scripts.addAll(List.of(s));
    }

    @Override
    public synchronized List<Conversation> conversations() {
        return List.copyOf(conversations.values());
    }

    @Override
    public synchronized Conversation newConversation(String title) {
        long id = ids.incrementAndGet();
        Instant now = Instant.now().plusMillis(id);
        Conversation c = new Conversation(id, title, now, now);
        conversations.put(id, c);
        return c;
    }

    @Override
    public synchronized Conversation rename(long conversationId, String title) {
        Conversation c = conversations.get(conversationId);
        Conversation renamed = new Conversation(c.id(), title, c.createdAt(), Instant.now());
        conversations.put(c.id(), renamed);
        return renamed;
    }

    @Override
    public synchronized void delete(long conversationId) {
        conversations.remove(conversationId);
        messages.values().removeIf(m -> m.conversationId() == conversationId);
    }

    @Override
    public synchronized List<Message> thread(long conversationId) {
        List<Message> out = new ArrayList<>();
        Long parent = null;
        while (true) {
            List<Message> kids = children(conversationId, parent);
            if (kids.isEmpty()) {
                return out;
            }
            Long pick = chosen.get(parent == null ? -conversationId : parent);
            Message m = kids.stream().filter(k -> pick != null && k.id() == pick).findFirst()
                    .orElse(kids.get(kids.size() - 1));
            out.add(m);
            parent = m.id();
        }
    }

    private List<Message> children(long conversationId, Long parent) {
        return messages.values().stream()
                .filter(m -> m.conversationId() == conversationId && java.util.Objects.equals(m.parentId(), parent))
                .sorted(Comparator.comparingLong(Message::id)).toList();
    }

    @Override
    public synchronized List<Message> alternatives(long messageId) {
        Message m = messages.get(messageId);
        return children(m.conversationId(), m.parentId());
    }

    @Override
    public synchronized void choose(long messageId) {
        Message m = messages.get(messageId);
        chosen.put(m.parentId() == null ? -m.conversationId() : m.parentId(), m.id());
    }

    @Override
    public synchronized ProviderSettings provider() {
        return provider;
    }

    @Override
    public synchronized void useProvider(ProviderSettings settings) {
        provider = settings;
    }

    @Override
    public Prompt preview(long conversationId, Turn turn) {
        return new Prompt("You are a sparring partner. BRIEF: Museum late nights for young professionals.",
                List.of(ChatTurn.user(turn.text())));
    }

    @Override
    public Exchange send(long conversationId, Turn turn, ExchangeListener listener) {
        Message question;
        synchronized (this) {
            sent.add(turn);
            List<Message> t = thread(conversationId);
            question = add(conversationId, t.isEmpty() ? null : t.get(t.size() - 1).id(), Message.Role.USER,
                    turn.text(), MessageStatus.COMPLETE, null);
        }
        return answer(question, turn.mode(), turn.ideaIds(), listener);
    }

    @Override
    public Exchange retry(long answerId, ExchangeListener listener) {
        return regenerate(answerId, listener);
    }

    @Override
    public Exchange regenerate(long answerId, ExchangeListener listener) {
        Message question;
        synchronized (this) {
            question = messages.get(messages.get(answerId).parentId());
        }
        return answer(question, messages.get(answerId).provenance().mode(), List.of(), listener);
    }

    @Override
    public Exchange editAndResend(long questionId, String newText, ExchangeListener listener) {
        Message question;
        synchronized (this) {
            Message old = messages.get(questionId);
            question = add(old.conversationId(), old.parentId(), Message.Role.USER, newText, MessageStatus.COMPLETE, null);
        }
        return answer(question, Mode.DIVERGE, List.of(), listener);
    }

    @Override
    public synchronized Optional<Exchange> running(long conversationId) {
        return Optional.ofNullable(running.get(conversationId));
    }

    private synchronized Message add(long conversationId, Long parent, Message.Role role, String text,
                                     MessageStatus status, Provenance provenance) {
        long id = ids.incrementAndGet();
        Instant now = Instant.now();
        Message m = new Message(id, conversationId, parent, role, text, status, now, now, provenance, null);
        messages.put(id, m);
        choose(id);
        return m;
    }

    private synchronized void update(Message m, String text, MessageStatus status, String failure) {
        messages.put(m.id(), new Message(m.id(), m.conversationId(), m.parentId(), m.role(), text, status,
                m.createdAt(), Instant.now(), m.provenance(), failure));
    }

    private Exchange answer(Message question, Mode mode, List<Long> ideaIds, ExchangeListener listener) {
        Script script;
        Message answer;
        synchronized (this) {
            script = scripts.isEmpty() ? Script.answer("All ", "good.") : scripts.remove(0);
            Provenance p = new Provenance("ollama", provider.model(), mode, mode == Mode.DIVERGE ? "scamper" : null,
                    7L, ideaIds, "### system\n\nBRIEF: Museum late nights\n\n### user\n\n" + question.text() + "\n");
            answer = add(question.conversationId(), question.id(), Message.Role.ASSISTANT, "", MessageStatus.STREAMING, p);
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Exchange ex = new Exchange() {
            @Override
            public Message question() {
                return question;
            }

            @Override
            public Message answer() {
                return answer;
            }

            @Override
            public void stop() {
                stop.set(true);
            }
        };
        synchronized (this) {
            running.put(question.conversationId(), ex);
        }
        Runnable body = () -> {
            StringBuilder text = new StringBuilder();
            started.countDown();
            int index = 0;
            for (String token : script.tokens()) {
                if (stop.get()) {
                    break;
                }
                pause(script.pace());
                text.append(token);
                update(answer, text.toString(), MessageStatus.STREAMING, null);
                listener.text(token);
                afterToken.at(index++, answer, listener);
            }
            beforeEnd.at(index, answer, listener);
            while (script.holdAtEnd() && !stop.get()) {
                pause(Duration.ofMillis(5));
            }
            MessageStatus status = stop.get() ? MessageStatus.STOPPED : script.failure() == null ? MessageStatus.COMPLETE
                    : text.isEmpty() ? MessageStatus.FAILED : MessageStatus.INCOMPLETE;
            LlmFailure failure = script.failure() == null || stop.get() ? null
                    : new LlmFailure(script.failure(), ProviderKind.OLLAMA, provider.model(), "localhost", "");
            update(answer, text.toString(), status, failure == null ? null : failure.kind().name());
            synchronized (this) {
                running.remove(question.conversationId());
            }
            listener.ended(messages.get(answer.id()), failure);
            done.countDown();
        };
        if (script.pace().isZero() && !script.holdAtEnd()) {
            body.run();
        } else {
            Thread t = new Thread(body, "fake-answer");
            t.setDaemon(true);
            t.start();
        }
        return ex;
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
