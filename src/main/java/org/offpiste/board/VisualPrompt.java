package org.offpiste.board;

import java.time.Instant;
import org.offpiste.ideation.Generator;

/** An image-generator prompt kept on the idea it shows (Visualize mode). */
public record VisualPrompt(long id, long ideaId, Generator generator, String prompt, String negative,
                           Long messageId, Instant createdAt) {
}
