package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.InMemoryBriefStore;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DirectTaskExecutor;

class TechniquesViewModelTest {
    private final BriefService briefs = new BriefService(new InMemoryBriefStore());
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    private TechniquesViewModel viewModel(long seed) {
        return new TechniquesViewModel(briefs, executor, TechniqueLibrary.builtIn(), new Random(seed));
    }

    @Test
    void startsOnTheFirstTechniquePhrasedForTheSavedBrief() {
        briefs.save(SampleBriefs.museumLate());
        TechniquesViewModel vm = viewModel(1);
        assertThat(vm.techniques()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(vm.getCard().id()).isEqualTo("scamper");
        assertThat(vm.getCard().steps()).hasSize(7);
        assertThat(String.join(" ", vm.getCard().steps())).contains("City Museum of Natural History");
        assertThat(vm.briefEmptyProperty().get()).isFalse();
    }

    @Test
    void aBriefChangeRephrasesTheStepsOfTheSelectedTechnique() {
        TechniquesViewModel vm = viewModel(1);
        vm.select("how-might-we");
        assertThat(vm.getCard().steps().get(2)).contains("[your audience — not in the brief yet]");
        assertThat(vm.briefEmptyProperty().get()).isTrue();

        briefs.save(Brief.empty().with(BriefField.AUDIENCE, "Night-shift nurses"));

        assertThat(vm.getCard().steps().get(2)).contains("(Night-shift nurses)");
        assertThat(vm.getCard().steps().get(2)).doesNotContain("[your audience");
        assertThat(vm.briefEmptyProperty().get()).isFalse();
    }

    @Test
    void copyTextIsThePhrasedCardAsMarkdown() {
        briefs.save(SampleBriefs.museumLate());
        TechniquesViewModel vm = viewModel(1);
        vm.select("crazy-8s");
        String md = vm.copyText();
        assertThat(md).startsWith("## Crazy 8s — After dark at the natural history museum\n");
        TechniqueCard card = vm.getCard();
        for (int i = 0; i < card.steps().size(); i++) {
            assertThat(md).contains((i + 1) + ". " + card.steps().get(i) + "\n");
        }
        assertThat(md).contains("**When to use it:** ", "**Duration:** About 15 minutes", "### Steps\n\n1. ", "Young professionals");
    }

    @Test
    void drawAgainPicksAnotherWordAndShowsItInTheSteps() {
        briefs.save(SampleBriefs.museumLate());
        TechniquesViewModel vm = viewModel(4);
        vm.select("random-stimulus");
        String first = vm.getCard().drawItems().get(0);
        assertThat(vm.getCard().steps().get(0)).contains(first);
        assertThat(vm.getCard().drawLabel()).isEqualTo("Your stimulus word");

        vm.drawAgain();

        String second = vm.getCard().drawItems().get(0);
        assertThat(second).isNotEqualTo(first);
        assertThat(vm.getCard().steps().get(0)).contains(second);
        assertThat(vm.copyText()).contains("**Your stimulus word:** " + second);
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        TechniquesViewModel a = viewModel(21);
        TechniquesViewModel b = viewModel(21);
        for (TechniquesViewModel vm : List.of(a, b)) {
            vm.select("personas");
        }
        assertThat(a.getCard().drawItems()).hasSize(3).isEqualTo(b.getCard().drawItems());
    }

    @Test
    void frenchMessagesShowFrenchTextsAndFrenchDraws() {
        TechniquesViewModel vm = viewModel(2);
        vm.select("constraints");
        vm.setMessages(new Messages(Messages.FRENCH));
        assertThat(vm.selectedProperty().get().id()).isEqualTo("constraints");
        assertThat(vm.getCard().name()).isEqualTo("Contrainte imposée");
        assertThat(vm.getCard().steps().get(0)).startsWith("La contrainte de ce tour : ");
        assertThat(TechniqueLibrary.builtIn().constraints()).extracting(LocalizedText::fr)
                .contains(vm.getCard().drawItems().get(0));
    }

    @Test
    void afterDisposeBriefChangesAreIgnored() {
        TechniquesViewModel vm = viewModel(1);
        TechniqueCard before = vm.getCard();
        vm.dispose();
        briefs.save(SampleBriefs.museumLate());
        assertThat(vm.getCard()).isSameAs(before);
    }
}
