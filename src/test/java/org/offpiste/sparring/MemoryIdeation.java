package org.offpiste.sparring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.AnswerCapture;
import org.offpiste.capture.AnswerContext;
import org.offpiste.capture.Capture;
import org.offpiste.capture.Captures;
import org.offpiste.capture.Ideation;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.Generator;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Similar;
import org.offpiste.novelty.Theme;
import org.offpiste.novelty.Themes;

/**
 * The ideation engine in memory for the pane's tests (the real capture and meter are written
 * elsewhere): captures kept per answer (nothing twice), a meter whose figures the test sets and
 * announces, and image prompts kept per idea; no baseline and no themes. Its listeners are those of
 * the meter, the baseline and the themes together.
 */
public final class MemoryIdeation implements Captures, NoveltyMeter, OriginStore, Baselines, Themes {
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<Long, List<Capture>> captures = new HashMap<>();
    private final Map<Long, List<VisualPrompt>> prompts = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    final AtomicInteger byHand = new AtomicInteger();
    final List<AnswerContext> handContexts = new CopyOnWriteArrayList<>();
    volatile Diversity figures;
    volatile boolean available = true;

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
        figures = d;
        listeners.forEach(Runnable::run);
    }

    synchronized void keepPrompts(long ideaId, long messageId, int count) {
        List<VisualPrompt> list = prompts.computeIfAbsent(ideaId, k -> new ArrayList<>());
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

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void changed() {
    }

    @Override
    public boolean awaitMeasured(Duration timeout) {
        return true;
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        return Map.of();
    }

    @Override
    public Diversity diversity(Collection<Long> ideaIds) {
        Diversity d = figures;
        return d == null ? new Diversity(0, 0, 0) : d;
    }

    @Override
    public Diversity board() {
        return diversity(List.of());
    }

    @Override
    public Optional<Similar> nearest(String text) {
        return Optional.empty();
    }

    @Override
    public double duplicateThreshold() {
        return 0.8;
    }

    @Override
    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }

    public int listeners() {
        return listeners.size();
    }

    @Override
    public Map<Long, IdeaOrigin> origins(Collection<Long> ideaIds) {
        return Map.of();
    }

    @Override
    public synchronized List<VisualPrompt> visualPrompts(long ideaId) {
        return List.copyOf(prompts.getOrDefault(ideaId, List.of()));
    }

    @Override
    public List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> list) {
        throw new UnsupportedOperationException();
    }

    @Override
    public BaselineState state() {
        return new BaselineState(BaselineState.Status.MISSING, Optional.empty(), Optional.empty());
    }

    @Override
    public void ensure() {
    }

    @Override
    public void regenerate() {
    }

    @Override
    public List<Theme> themes() {
        return List.of();
    }

    @Override
    public List<Theme> find() {
        return List.of();
    }

    @Override
    public Theme rename(long themeId, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> crowded(int max) {
        return List.of();
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
