package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.AnswerContext;
import org.offpiste.capture.Capture;
import org.offpiste.capture.Ideation;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.ui.TaskExecutor;

/**
 * What the sparring pane shows and offers of the ideation engine for each answer of the thread:
 * its captured ideas (read back once it ended, or when the thread is reopened), the round's
 * diversity once the meter measured it, where a Visualize answer's image prompts went, and the
 * ideas a person adds to the board by hand. Every project call runs through the {@link TaskExecutor}.
 */
public final class CapturedIdeasViewModel {
    /** An idea recognised in an answer, offered for "add to board"; {@code onBoard} when already captured. */
    public record Candidate(ExtractedIdea idea, boolean onBoard) {
    }

    private static final Logger LOG = Logger.getLogger(CapturedIdeasViewModel.class.getName());
    private final Ideation ideation;
    private final OriginStore origins;
    private final IdeaStore ideas;
    private final Function<String, List<ExtractedIdea>> extractor;
    private final TaskExecutor executor;
    private final ObservableList<MessageItem> thread;
    private final Set<MessageItem> unmeasured = new HashSet<>();
    private final Runnable meterChanged = this::meterChanged;
    private final ListChangeListener<MessageItem> follow = this::threadChanged;
    private LongConsumer reveal = id -> { };
    private boolean readOnly;
    private boolean disposed;

    /** {@code extractor}: the ideas of a whole answer ({@link IdeaExtractor#extract} with {@code ended} true). */
    public CapturedIdeasViewModel(Ideation ideation, OriginStore origins, IdeaStore ideas,
                                  Function<String, List<ExtractedIdea>> extractor, TaskExecutor executor,
                                  ObservableList<MessageItem> thread) {
        this.ideation = ideation;
        this.origins = origins;
        this.ideas = ideas;
        this.extractor = extractor;
        this.executor = executor;
        this.thread = thread;
        thread.addListener(follow);
        thread.forEach(this::follow);
        ideation.novelty().addListener(meterChanged);
    }

    /** What "show on the board" does with an idea id (the window selects and scrolls to it). */
    public void setReveal(LongConsumer action) {
        reveal = action == null ? id -> { } : action;
    }

    /** A project opened read-only: its answers' ideas are shown, none can be added. */
    public void markReadOnly() {
        readOnly = true;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** True when the meter can measure diversity on this machine. */
    public boolean measures() {
        return ideation.novelty().available();
    }

    /** Selects the idea on the board and scrolls to it. */
    public void reveal(long ideaId) {
        reveal.accept(ideaId);
    }

    /** The ideas recognised in the answer, those already captured marked; {@code then} runs on the UI thread. */
    public void candidates(MessageItem answer, Consumer<List<Candidate>> then) {
        String text = answer.getText();
        List<Capture> known = List.copyOf(answer.captured().items());
        call(() -> extractor.apply(text).stream()
                .map(i -> new Candidate(i, known.stream().anyMatch(c -> same(c, i)))).toList(), then);
    }

    /**
     * Adds these ideas of the answer to the board (nothing twice); {@code then} hears how many were
     * new, {@code failed} that the project could not be written.
     */
    public void addByHand(MessageItem answer, List<ExtractedIdea> picked, Consumer<Integer> then, Runnable failed) {
        if (readOnly) {
            return;
        }
        AnswerContext context = context(answer);
        long before = answer.captured().onBoard();
        call(() -> {
            List<Capture> added = new ArrayList<>();
            for (ExtractedIdea idea : picked) {
                added.add(ideation.captures().addByHand(context, idea.title(), idea.body()));
            }
            return added;
        }, added -> {
            answer.captured().add(added);
            then.accept((int) (answer.captured().onBoard() - before));
        }, failed);
    }

    /** Adds a passage of the answer as one idea: its first line is the title, the rest the body. */
    public void addText(MessageItem answer, String text, Consumer<Integer> then, Runnable failed) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return;
        }
        int cut = clean.indexOf('\n');
        String title = (cut < 0 ? clean : clean.substring(0, cut)).strip();
        String body = cut < 0 ? "" : clean.substring(cut + 1).strip();
        addByHand(answer, List.of(new ExtractedIdea(-1, title, body, "")), then, failed);
    }

    /** Stops following the thread and the meter. */
    public void dispose() {
        disposed = true;
        thread.removeListener(follow);
        ideation.novelty().removeListener(meterChanged);
    }

    private void threadChanged(ListChangeListener.Change<? extends MessageItem> c) {
        while (c.next()) {
            if (c.wasAdded()) {
                c.getAddedSubList().forEach(this::follow);
            }
        }
    }

    private void follow(MessageItem item) {
        if (!item.isAnswer()) {
            return;
        }
        if (!item.isStreaming()) {
            read(item);
            return;
        }
        item.streamingProperty().addListener((o, was, now) -> {
            if (!now) {
                read(item);
            }
        });
    }

    /** Reads back what the project keeps for this answer, then measures it. */
    private void read(MessageItem item) {
        long id = item.id();
        boolean visualize = item.provenance() != null && item.provenance().mode() == Mode.VISUALIZE;
        List<Long> about = item.provenance() == null ? List.of() : item.provenance().ideaIds();
        call(() -> new Stored(ideation.captures().of(id), visualize ? visualNote(id, about) : null), stored -> {
            item.captured().setAll(stored.captures());
            if (stored.visual() != null) {
                item.captured().visual(stored.visual());
            }
            measure(item);
        });
    }

    private record Stored(List<Capture> captures, CapturedIdeas.VisualNote visual) {
    }

    private CapturedIdeas.VisualNote visualNote(long messageId, List<Long> about) {
        CapturedIdeas.VisualNote first = null;
        int ideasWithPrompts = 0;
        for (long ideaId : about) {
            List<VisualPrompt> kept = origins.visualPrompts(ideaId).stream()
                    .filter(p -> p.messageId() != null && p.messageId() == messageId).toList();
            if (!kept.isEmpty()) {
                ideasWithPrompts++;
                if (first == null) {
                    String title = ideas.find(ideaId).map(Idea::title).orElse("#" + ideaId);
                    first = new CapturedIdeas.VisualNote(ideaId, title, kept.size(), 1);
                }
            }
        }
        return first == null ? null
                : new CapturedIdeas.VisualNote(first.ideaId(), first.title(), first.prompts(), ideasWithPrompts);
    }

    private void measure(MessageItem item) {
        List<Long> ids = item.captured().ideaIds();
        if (ids.size() < 2 || !ideation.novelty().available()) {
            unmeasured.remove(item);
            item.captured().diversity(null);
            return;
        }
        unmeasured.add(item);
        call(() -> ideation.novelty().diversity(ids), d -> {
            item.captured().diversity(d.count() >= 2 ? d : null);
            if (d.count() >= ids.size()) {
                unmeasured.remove(item);
            }
        });
    }

    private void meterChanged() {
        executor.onUi(() -> {
            if (!disposed) {
                List.copyOf(unmeasured).forEach(this::measure);
            }
        });
    }

    private static AnswerContext context(MessageItem answer) {
        Message m = answer.message();
        Provenance p = m.provenance();
        Mode mode = p == null || p.mode() == null ? Mode.DIVERGE : p.mode();
        return new AnswerContext(m.conversationId(), m.id(), mode.id(), p == null ? null : p.techniqueId(), "",
                p == null ? "" : p.provider(), p == null ? "" : p.model(), p == null ? null : p.briefVersionId(),
                p == null ? List.of() : p.ideaIds(), false);
    }

    private static boolean same(Capture c, ExtractedIdea idea) {
        return c.onBoard() && norm(c.title()).equals(norm(idea.title()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private <T> void call(Callable<T> work, Consumer<? super T> then) {
        call(work, then, () -> { });
    }

    private <T> void call(Callable<T> work, Consumer<? super T> then, Runnable failed) {
        executor.run(work, result -> {
            if (!disposed) {
                then.accept(result);
            }
        }, e -> {
            LOG.log(Level.WARNING, "Reading or adding captured ideas failed", e);
            if (!disposed) {
                failed.run();
            }
        });
    }
}
