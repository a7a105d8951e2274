package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopState;

/** The board's "N ideas" in a silent round: others' sealed ideas are not counted until the reveal. */
class SealedIdeaCountTest {
    private static final Agenda AGENDA = new Agenda("Sprint", List.of(new Block.SilentIdeation(Duration.ofMinutes(2))));

    @TempDir
    Path dir;

    @Test
    void aParticipantCountsOnlyTheIdeasTheySeeUntilTheReveal() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("count.offpiste"))) {
            p.ideas().add(new NewIdea("Before", "", List.of(), IdeaStatus.INBOX, "Fran"));
            p.workshop().save(new WorkshopState(AGENDA, 0, false, null, Duration.ofMinutes(2), false));
            p.ideas().add(new NewIdea("Fossil karaoke", "", List.of(), IdeaStatus.INBOX, "Ana"));
            p.ideas().add(new NewIdea("Dinosaur yoga", "", List.of(), IdeaStatus.INBOX, "Ben"));
            p.ideas().add(new NewIdea("Bone choir", "", List.of(), IdeaStatus.INBOX, "Ben"));

            assertThat(p.ideas().count("Ana")).isEqualTo(2);
            assertThat(p.ideas().count("Ben")).isEqualTo(3);
            assertThat(p.ideas().count("Fran")).as("the facilitator too waits for the reveal").isEqualTo(1);
            assertThat(p.ideas().count(null)).as("commands and exports count every idea").isEqualTo(4);
            assertThat(p.ideas().count()).isEqualTo(4);

            p.workshop().save(new WorkshopState(AGENDA, 0, false, null, Duration.ofMinutes(2), true));
            assertThat(p.ideas().count("Ana")).isEqualTo(4);
        }
    }
}
