package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

class AgendaTest {
    private final Block silent = Block.SilentIdeation.standard();
    private final Block clustering = Block.Clustering.standard();
    private final Block debrief = Block.Debrief.standard();

    private Agenda three() {
        return Agenda.empty("Kick-off").add(silent).add(clustering).add(debrief);
    }

    @Test
    void totalIsTheSumOfTheBlocks() {
        assertThat(Agenda.empty("x").total()).isEqualTo(Duration.ZERO);
        assertThat(three().total()).isEqualTo(Duration.ofMinutes(8 + 10 + 5));
    }

    @Test
    void builtInTemplatesLastWhatTheirNamesSay() {
        List<Agenda> builtIn = BuiltInAgendas.all(new Messages(Locale.ENGLISH));
        assertThat(builtIn).extracting(Agenda::name).containsExactly("90-minute workshop", "Quick 30-minute sprint");
        assertThat(builtIn.get(0).total()).isEqualTo(Duration.ofMinutes(90));
        assertThat(builtIn.get(1).total()).isEqualTo(Duration.ofMinutes(30));
        assertThat(builtIn.get(0).blocks()).extracting(Block::kind).containsExactly(BlockKind.values());
        assertThat(BuiltInAgendas.all(new Messages(Locale.FRENCH)).get(0).name()).isEqualTo("Atelier de 90 minutes");
    }

    @Test
    void editsReturnANewAgendaAndLeaveTheOldOneAlone() {
        Agenda original = three();
        Agenda edited = original.insert(1, Block.DotVote.standard());
        assertThat(edited.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.SILENT_IDEATION, BlockKind.DOT_VOTE, BlockKind.CLUSTERING, BlockKind.DEBRIEF);
        assertThat(original.blocks()).containsExactly(silent, clustering, debrief);
        assertThat(edited.total()).isEqualTo(original.total().plusMinutes(10));
    }

    @Test
    void removeReplaceAndMove() {
        Agenda a = three();
        assertThat(a.remove(1).blocks()).containsExactly(silent, debrief);
        Block longer = new Block.Clustering(Duration.ofMinutes(20));
        Agenda replaced = a.replace(1, longer);
        assertThat(replaced.blocks()).containsExactly(silent, longer, debrief);
        assertThat(replaced.total()).isEqualTo(Duration.ofMinutes(33));
        assertThat(a.move(0, 2).blocks()).containsExactly(clustering, debrief, silent);
        assertThat(a.move(2, 0).blocks()).containsExactly(debrief, silent, clustering);
        assertThat(a.move(1, 1)).isEqualTo(a);
        assertThat(a.renamed("  Retro ").name()).isEqualTo("Retro");
    }

    @Test
    void badPositionsAndNamesAreRefused() {
        Agenda a = three();
        assertThatThrownBy(() -> a.remove(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.move(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.insert(4, silent)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(a.insert(3, silent).size()).isEqualTo(4);
        assertThatThrownBy(() -> a.renamed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.blocks().add(silent)).isInstanceOf(UnsupportedOperationException.class);
    }
}
