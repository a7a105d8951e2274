package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BlockTest {
    @Test
    void everyKindHasAStandardBlockOfThatKind() {
        for (BlockKind kind : BlockKind.values()) {
            Block block = Block.standard(kind);
            assertThat(block.kind()).isEqualTo(kind);
            assertThat(block.duration()).isPositive();
        }
    }

    @Test
    void defaultsAreTheUsualOnes() {
        assertThat(Block.SilentIdeation.standard().duration()).isEqualTo(Duration.ofMinutes(8));
        assertThat(Block.Debrief.standard().duration()).isEqualTo(Duration.ofMinutes(5));
        Block.DotVote vote = Block.DotVote.standard();
        assertThat(vote.dots()).isEqualTo(5);
        assertThat(vote.maxPerIdea()).isEqualTo(1);
        assertThat(vote.anonymous()).isTrue();
        assertThat(Block.Duels.standard().topN()).isEqualTo(5);
        assertThat(Block.ModelRound.standard().techniqueId()).isEqualTo("scamper");
    }

    @Test
    void brainwritingSixThreeFiveIsSixRoundsOfFiveMinutesWithTheModel() {
        Block.Brainwriting b = Block.Brainwriting.standard();
        assertThat(b.rounds()).isEqualTo(6);
        assertThat(b.roundLength()).isEqualTo(Duration.ofMinutes(5));
        assertThat(b.modelParticipates()).as("nothing makes the model write a sheet yet").isFalse();
        assertThat(b.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(new Block.Brainwriting(3, Duration.ofMinutes(4), false).duration()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void nonsenseOptionsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.SilentIdeation(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.Debrief(Duration.ofMinutes(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.Clustering(Duration.ofHours(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.ModelRound(Duration.ofMinutes(5), " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.DotVote(Duration.ofMinutes(5), 3, 4, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.DotVote(Duration.ofMinutes(5), 0, 1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.Duels(Duration.ofMinutes(5), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Block.Brainwriting(0, Duration.ofMinutes(5), true));
        assertThat(new Block.DotVote(Duration.ofMinutes(5), 3, 3, false).maxPerIdea()).isEqualTo(3);
    }
}
