package org.offpiste.sparring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.AnswerCapture;
import org.offpiste.capture.AnswerContext;
import org.offpiste.capture.Capture;
import org.offpiste.capture.Captures;
import org.offpiste.capture.Ideation;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.Generator;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.testing.MemoryEngine;

/**
 * The ideation engine in memory for the pane's tests (the real capture and meter are written
 * elsewhere): captures kept per answer (nothing twice), a meter whose figures the test sets and
 * announces, and image prompts kept per idea; a baseline still missing and no themes.
 */
public final class MemoryIdeation extends MemoryEngine implements Captures {
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<Long, List<Capture>> captures = new HashMap<>();
    final AtomicInteger byHand = new AtomicInteger();
    final List<AnswerContext> handContexts = new CopyOnWriteArrayList<>();

    public MemoryIdeation() {
        state = new BaselineState(BaselineState.Status.MISSING, Optional.empty(), Optional.empty());
    }

    public Ideation ideation() {
        return new Ideation(this, this, this, this);
    }

    /** Records an idea of an answer as the capture would (on the board as a new idea, or as a duplicate). */
    synchronized Capture record(long messageId, String title, Long duplicateOf, Double similarity) {
        List<Capture> list = captures.computeIfAbsent(messageId, k -> new ArrayList<>());
        Capture c = new Capture(ids.incrementAndGet(), messageId, list.size(), title, "", "",
                duplicateOf == null ? ids.incrementAndGet() : null, duplicateOf, similarity);
        list.add(c);
        return c;
    }

    /** The meter has measured: its listeners hear it (on this thread, as a background meter would). */
    void measured(Diversity d) {
        board = d;
        fire();
    }

    synchronized void keepPrompts(long ideaId, long messageId, int count) {
        List<VisualPrompt> list = prompts.computeIfAbsent(ideaId, k -> new CopyOnWriteArrayList<>());
        for (int i = 0; i < count; i++) {
            list.add(new VisualPrompt(ids.incrementAndGet(), ideaId, Generator.values()[i % 3], "A night museum " + i,
                    "", messageId, Instant.now()));
        }
    }

    @Override
    public AnswerCapture follow(AnswerContext context, Consumer<Capture> captured) {
        throw new UnsupportedOperationException("the pane never follows an answer itself");
    }

    @Override
    public synchronized List<Capture> of(long messageId) {
        return List.copyOf(captures.getOrDefault(messageId, List.of()));
    }

    @Override
    public synchronized Capture addByHand(AnswerContext context, String title, String body) {
        handContexts.add(context);
        List<Capture> list = captures.computeIfAbsent(context.messageId(), k -> new ArrayList<>());
        Optional<Capture> known = list.stream().filter(c -> c.title().equalsIgnoreCase(title.strip())).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        byHand.incrementAndGet();
        Capture c = new Capture(ids.incrementAndGet(), context.messageId(), list.size(), title.strip(), body, "",
                ids.incrementAndGet(), null, null);
        list.add(c);
        return c;
    }

    /** How many listeners follow the meter, the baseline and the themes now. */
    public int listeners() {
        return listeners.size();
    }

    /** A plain numbered-list reader standing in for the extractor: "1. Title — body". */
    static List<ExtractedIdea> numbered(String text) {
        List<ExtractedIdea> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\\d+[.)]\\s+(.+)$").matcher(line);
            if (m.matches()) {
                String[] parts = m.group(1).split(" — ", 2);
                out.add(new ExtractedIdea(out.size(), parts[0].replace("**", "").strip(),
                        parts.length > 1 ? parts[1] : "", ""));
            }
        }
        return out;
    }
}
