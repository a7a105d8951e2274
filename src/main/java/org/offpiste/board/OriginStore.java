package org.offpiste.board;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.offpiste.ideation.ExtractedPrompt;

/** Provenance of model ideas and the image prompts kept on ideas (origins are written by the capture). */
public interface OriginStore {

    Map<Long, IdeaOrigin> origins(Collection<Long> ideaIds);

    /** The idea's image prompts, oldest first. */
    List<VisualPrompt> visualPrompts(long ideaId);

    /** Keeps these prompts on the idea (one transaction); a prompt already kept on it is not added twice. */
    List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> prompts);
}
