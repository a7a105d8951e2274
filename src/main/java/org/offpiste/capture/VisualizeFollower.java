package org.offpiste.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.board.OriginStore;
import org.offpiste.ideation.ExtractedPrompt;

/** Follows a Visualize answer: at its end, keeps the image prompts on the ideas they show. */
final class VisualizeFollower implements AnswerCapture {
    private static final Logger LOG = Logger.getLogger(VisualizeFollower.class.getName());
    private final AnswerContext context;
    private final OriginStore origins;
    private final BiFunction<String, Integer, List<ExtractedPrompt>> extractor;
    private final Runnable changed;

    VisualizeFollower(AnswerContext context, OriginStore origins,
                      BiFunction<String, Integer, List<ExtractedPrompt>> extractor, Runnable changed) {
        this.context = context;
        this.origins = origins;
        this.extractor = extractor;
        this.changed = changed;
    }

    @Override
    public void grew(String textSoFar) {
        // prompts are read once the answer is over
    }

    @Override
    public void ended(String finalText, boolean complete) {
        List<Long> ideas = context.ideaIds();
        if (ideas.isEmpty() || finalText == null || finalText.isBlank()) {
            return;
        }
        Map<Integer, List<ExtractedPrompt>> byIdea = new TreeMap<>();
        for (ExtractedPrompt p : extractor.apply(finalText, ideas.size())) {
            if (p.ideaPosition() >= 0 && p.ideaPosition() < ideas.size()) {
                byIdea.computeIfAbsent(p.ideaPosition(), k -> new ArrayList<>()).add(p);
            }
        }
        try {
            byIdea.forEach((position, prompts) ->
                    origins.addVisualPrompts(ideas.get(position), context.messageId(), prompts));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the image prompts of the answer: {0}", e.getMessage());
        }
        if (!byIdea.isEmpty()) {
            changed.run();
        }
    }
}
