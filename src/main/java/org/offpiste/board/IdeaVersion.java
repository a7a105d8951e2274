package org.offpiste.board;

import java.time.Instant;
import java.util.List;

/**
 * One state of an idea's title, body and tags, linked to the version it came from.
 *
 * @param ideaId       the idea it belongs to (for a version shown in a merged idea's history, the
 *                     idea that was merged in)
 * @param parentId     the version it was made from; null for a first version
 * @param mergedFromId for {@link VersionKind#MERGED}: the head of the idea merged in; else null
 * @param madeBy       a person's name, or "provider · model" when {@code byModel}
 * @param instruction  what a model was asked for a {@link VersionKind#REFINED} version; else ""
 */
public record IdeaVersion(long id, long ideaId, Long parentId, Long mergedFromId, VersionKind kind, String title,
                          String body, List<String> tags, String madeBy, boolean byModel, String instruction,
                          Instant createdAt) {
    public IdeaVersion {
        tags = List.copyOf(tags);
    }
}
