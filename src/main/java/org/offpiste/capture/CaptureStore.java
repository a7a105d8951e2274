package org.offpiste.capture;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.NewIdea;
import org.offpiste.ideation.ExtractedIdea;

/** Where captured items are kept (table capture), with the ideas they became and their origins. */
public interface CaptureStore {

    List<Capture> captures(long messageId);

    Map<Long, List<Capture>> captures(Collection<Long> messageIds);

    /**
     * Records an item of an answer. With {@code idea}, adds it to the board and keeps its origin
     * (idea, origin and capture in one transaction); without, records a duplicate of
     * {@code duplicateOf}. Nothing is recorded twice: when the message already has an item at this
     * index, that record is returned unchanged.
     */
    Capture record(long messageId, ExtractedIdea item, NewIdea idea, IdeaOrigin origin, Long duplicateOf,
                   Double similarity);

    /**
     * The index the next item picked by hand from this message gets: -1, then -2… (the streamed
     * items keep 0, 1… as the extractor numbers them). {@link #captures} lists the streamed items
     * by index, then those picked by hand in the order they were added.
     */
    int nextIndex(long messageId);
}
