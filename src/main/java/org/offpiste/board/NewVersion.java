package org.offpiste.board;

import java.util.List;

/** A version to record; see {@link IdeaVersion} for the fields. */
public record NewVersion(VersionKind kind, String title, String body, List<String> tags, String madeBy,
                         boolean byModel, String instruction, Long parentId, Long mergedFromId) {
    public NewVersion {
        tags = List.copyOf(tags);
        instruction = instruction == null ? "" : instruction;
    }
}
