package org.offpiste.capture;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.board.OriginStore;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ideation.VisualPromptExtractor;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Similar;

/**
 * Captures the ideas of Diverge and Build on answers onto the board as they stream, with their
 * provenance, and the image prompts of Visualize answers onto their ideas. Nothing is added
 * twice: an item already recorded for its message is skipped; one whose text equals a live idea
 * is recorded as its duplicate; in a "Push further" round, one the novelty meter finds too close
 * to an idea on the board is recorded as a duplicate too.
 */
public final class CaptureService implements Captures {
    /** The technique whose facet (its operator) becomes a tag. */
    static final String SCAMPER = "scamper";
    private static final Logger LOG = Logger.getLogger(CaptureService.class.getName());
    private final CaptureStore store;
    private final OriginStore origins;
    private final BoardService board;
    private final NoveltyMeter novelty;
    private final BiFunction<String, Boolean, List<ExtractedIdea>> extractor;
    private final BiFunction<String, Integer, List<ExtractedPrompt>> prompts;
    private final Clock clock;

    /** @param novelty null without a novelty meter (then only exact duplicates are caught) */
    public CaptureService(CaptureStore store, OriginStore origins, BoardService board, NoveltyMeter novelty,
                          IdeaExtractor extractor, VisualPromptExtractor prompts, Clock clock) {
        this(store, origins, board, novelty, extractor::extract, prompts::extract, clock);
    }

    /** With another way of recognising ideas (tests). */
    CaptureService(CaptureStore store, OriginStore origins, BoardService board, NoveltyMeter novelty,
                   BiFunction<String, Boolean, List<ExtractedIdea>> extractor,
                   BiFunction<String, Integer, List<ExtractedPrompt>> prompts, Clock clock) {
        this.store = store;
        this.origins = origins;
        this.board = board;
        this.novelty = novelty;
        this.extractor = extractor;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public AnswerCapture follow(AnswerContext context, Consumer<Capture> captured) {
        switch (context.mode()) {
            case "diverge":
            case "build-on":
                return new AnswerFollower(this, context, captured, extractor, clock);
            case "visualize":
                return new VisualizeFollower(context, origins, prompts, board::changedElsewhere);
            default:
                return Nothing.INSTANCE;
        }
    }

    @Override
    public List<Capture> of(long messageId) {
        return store.captures(messageId);
    }

    @Override
    public synchronized Capture addByHand(AnswerContext context, String title, String body) {
        String wanted = CaptureText.normalise(title);
        Optional<Capture> same = store.captures(context.messageId()).stream()
                .filter(c -> CaptureText.normalise(c.title()).equals(wanted)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        ExtractedIdea item = new ExtractedIdea(store.nextIndex(context.messageId()), title.strip(),
                body == null ? "" : body.strip(), "");
        Capture c = store.record(context.messageId(), item, newIdea(context, item), origin(context, item, true),
                null, null);
        changed();
        return c;
    }

    /** Records one item of an answer: added, or a duplicate of what it lands on. */
    synchronized Capture capture(AnswerContext context, ExtractedIdea item) {
        Optional<Long> equal = liveEqual(item);
        if (equal.isPresent()) {
            return store.record(context.messageId(), item, null, null, equal.get(), null);
        }
        if (context.pushFurther()) {
            Optional<Similar> near = nearest(item);
            if (near.isPresent() && near.get().similarity() >= novelty.duplicateThreshold()) {
                return store.record(context.messageId(), item, null, null, near.get().ideaId(),
                        near.get().similarity());
            }
        }
        Capture c = store.record(context.messageId(), item, newIdea(context, item), origin(context, item, false),
                null, null);
        changed();
        return c;
    }

    void tell(Capture capture, Consumer<Capture> captured) {
        if (captured != null) {
            captured.accept(capture);
        }
    }

    private Optional<Similar> nearest(ExtractedIdea item) {
        if (novelty == null || !novelty.available()) {
            return Optional.empty();
        }
        try {
            return novelty.nearest(CaptureText.forMeter(item.title(), item.body()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not measure how close a captured idea is: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A live idea with the same title and body (case, accents, punctuation and spaces aside). */
    private Optional<Long> liveEqual(ExtractedIdea item) {
        String wanted = CaptureText.of(item.title(), item.body());
        String search = CaptureText.normalise(item.title());
        if (search.isEmpty()) {
            return Optional.empty();
        }
        List<Idea> candidates = board.store().query(IdeaQuery.all().withText(search));
        return candidates.stream().filter(i -> CaptureText.of(i.title(), i.body()).equals(wanted))
                .map(Idea::id).min(Long::compare);
    }

    private void changed() {
        board.changedElsewhere();
        if (novelty != null) {
            novelty.changed();
        }
    }

    private static NewIdea newIdea(AnswerContext context, ExtractedIdea item) {
        List<String> tags = SCAMPER.equals(context.techniqueId()) && !item.facet().isBlank()
                ? List.of(item.facet()) : List.of();
        return new NewIdea(item.title(), item.body(), tags, IdeaStatus.INBOX, author(context));
    }

    /** The model as the board shows it: "llama3.2 (ollama)". */
    static String author(AnswerContext context) {
        String model = Objects.toString(context.model(), "").strip();
        String provider = Objects.toString(context.provider(), "").strip();
        if (model.isEmpty() || provider.isEmpty()) {
            return model.isEmpty() ? provider : model;
        }
        return model + " (" + provider + ")";
    }

    private IdeaOrigin origin(AnswerContext context, ExtractedIdea item, boolean byHand) {
        String facet = item.facet().isBlank() ? context.drawn() : item.facet();
        return new IdeaOrigin(0, context.conversationId(), context.messageId(), context.mode(), context.techniqueId(),
                facet, context.provider(), context.model(), context.briefVersionId(), byHand, clock.instant());
    }

    /** Follows nothing: answers whose ideas are only picked by hand. */
    private enum Nothing implements AnswerCapture {
        INSTANCE;

        @Override
        public void grew(String textSoFar) {
        }

        @Override
        public void ended(String finalText, boolean complete) {
        }
    }
}
