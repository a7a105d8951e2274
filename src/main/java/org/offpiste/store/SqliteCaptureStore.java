package org.offpiste.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.NewIdea;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.Capture;
import org.offpiste.capture.CaptureStore;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;

/** Captured items, the origins of model ideas and their image prompts. */
final class SqliteCaptureStore implements CaptureStore, OriginStore {
    private final Database db;
    private final Times times;

    SqliteCaptureStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Capture> captures(long messageId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<Long, List<Capture>> captures(Collection<Long> messageIds) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Capture record(long messageId, ExtractedIdea item, NewIdea idea, IdeaOrigin origin, Long duplicateOf,
                          Double similarity) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int nextIndex(long messageId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<Long, IdeaOrigin> origins(Collection<Long> ideaIds) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<VisualPrompt> visualPrompts(long ideaId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> prompts) {
        throw new UnsupportedOperationException("not yet");
    }
}
