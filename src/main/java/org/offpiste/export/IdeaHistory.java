package org.offpiste.export;

import java.util.List;
import java.util.Map;
import org.offpiste.board.IdeaComment;
import org.offpiste.board.IdeaVersion;
import org.offpiste.project.Project;

/** The versions and comments of ideas, read one idea at a time while an export streams. */
public interface IdeaHistory {

    /** Oldest first, with those of ideas merged into it. */
    List<IdeaVersion> versions(long ideaId);

    /** Oldest first, with those of ideas merged into it. */
    List<IdeaComment> comments(long ideaId);

    /** How many comments each commented idea has. */
    Map<Long, Integer> commentCounts();

    /** No versions, no comments (tests, writers used alone). */
    static IdeaHistory none() {
        return new IdeaHistory() {
            @Override
            public List<IdeaVersion> versions(long ideaId) {
                return List.of();
            }

            @Override
            public List<IdeaComment> comments(long ideaId) {
                return List.of();
            }

            @Override
            public Map<Long, Integer> commentCounts() {
                return Map.of();
            }
        };
    }

    /** The project's stores; the comments of an idea are only looked up when it has any. */
    static IdeaHistory of(Project project) {
        return new IdeaHistory() {
            private Map<Long, Integer> counts;

            @Override
            public List<IdeaVersion> versions(long ideaId) {
                return project.versions().history(ideaId);
            }

            @Override
            public List<IdeaComment> comments(long ideaId) {
                return commentCounts().getOrDefault(ideaId, 0) == 0 ? List.of() : project.comments().comments(ideaId);
            }

            @Override
            public synchronized Map<Long, Integer> commentCounts() {
                if (counts == null) {
                    counts = Map.copyOf(project.comments().counts());
                }
                return counts;
            }
        };
    }
}
