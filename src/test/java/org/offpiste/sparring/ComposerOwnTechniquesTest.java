package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.DrawKind;
import org.offpiste.ideation.LocalizedText;
import org.offpiste.ideation.OwnTechniques;
import org.offpiste.ideation.Technique;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ui.DirectFrameScheduler;
import org.offpiste.ui.DirectTaskExecutor;

/** The composer's technique picker follows the person's own techniques as they are added and removed. */
class ComposerOwnTechniquesTest {
    @TempDir
    Path config;

    @Test
    void thePickerShowsAnOwnTechniqueAsSoonAsItIsAddedAndDropsItWhenRemoved() {
        TechniqueLibrary library = TechniqueLibrary.withOwn(new OwnTechniques(config));
        SparringViewModel vm = new SparringViewModel(new FakeSparring(), new DirectTaskExecutor(),
                new DirectFrameScheduler(false), new RecordingDialogs(), library);
        vm.setMessages(new Messages(Messages.ENGLISH));
        int builtIn = vm.techniques().size();

        Technique mine = library.add(new Technique(null, "MAP", 10, DrawKind.NONE, new LocalizedText("Night bus", ""),
                new LocalizedText("Ideas from a night bus.", ""), new LocalizedText("", ""), List.of(),
                new LocalizedText("Give ideas from a night bus. Avoid {cliches}.", "")));

        assertThat(vm.techniques()).hasSize(builtIn + 1).last().extracting(TechniqueItem::name).isEqualTo("Night bus");
        library.remove(mine.id());
        assertThat(vm.techniques()).hasSize(builtIn);

        vm.dispose();
        library.add(mine);
        assertThat(vm.techniques()).as("a closed pane no longer follows").hasSize(builtIn);
    }
}
