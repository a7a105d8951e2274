package org.offpiste.board;

import java.util.List;

/** Comments on ideas. Implemented in the store package; every call is one transaction. */
public interface CommentStore {

    IdeaComment add(long ideaId, String author, String body);

    /** The comments of an idea and of every idea merged into it, oldest first. */
    List<IdeaComment> comments(long ideaId);

    /** How many comments each idea has (with those of ideas merged into it), for the cards. */
    java.util.Map<Long, Integer> counts();

    void delete(long commentId);
}
