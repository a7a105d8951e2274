package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.InMemoryBriefStore;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DirectTaskExecutor;

/** Creating, editing, duplicating, deleting, importing and exporting own techniques from the pane's view model. */
class OwnTechniquesViewModelTest {
    @TempDir
    Path home;
    private final BriefService briefs = new BriefService(new InMemoryBriefStore());
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private TechniqueLibrary library(String folder) {
        return TechniqueLibrary.withOwn(new OwnTechniques(home.resolve(folder)));
    }

    private TechniquesViewModel viewModel(TechniqueLibrary library) {
        TechniquesViewModel vm = new TechniquesViewModel(briefs, new DirectTaskExecutor(), library, new Random(3),
                dialogs);
        vm.setMessages(new Messages(Locale.ENGLISH));
        return vm;
    }

    @Test
    void aNewTechniqueIsAddedSelectedAndMarkedOwn() {
        TechniqueLibrary library = library("a");
        TechniquesViewModel vm = viewModel(library);
        TechniqueEditorViewModel editor = vm.newTechnique();
        editor.nameProperty().set("Kitchen table");
        editor.stepsProperty().set("Sit at {client}'s kitchen table.\nList what is on it.");
        editor.instructionsProperty().set("Give five ideas from a kitchen table. Avoid {cliches}.");

        vm.save(editor);

        assertThat(vm.getCard().id()).isEqualTo("own-kitchen-table");
        assertThat(vm.getCard().steps()).hasSize(2);
        assertThat(vm.selectedOwnProperty().get()).isTrue();
        assertThat(vm.techniques()).extracting(TechniqueItem::name).endsWith("Kitchen table");
        assertThat(library("a").find("own-kitchen-table")).isPresent();
    }

    @Test
    void editingABuiltInMakesAnOwnCopyAndLeavesTheBuiltInAsItWas() {
        TechniqueLibrary library = library("a");
        TechniquesViewModel vm = viewModel(library);
        vm.select("crazy-8s");
        Technique original = library.find("crazy-8s").orElseThrow();

        TechniqueEditorViewModel editor = vm.editSelected().orElseThrow();
        assertThat(editor.mode()).isEqualTo(TechniqueEditorViewModel.Mode.COPY);
        assertThat(editor.note()).contains("built in", "cannot be changed");
        assertThat(editor.nameProperty().get()).isEqualTo("Crazy 8s (copy)");
        editor.minutesProperty().set(8);
        vm.save(editor);

        assertThat(vm.getCard().id()).isEqualTo("own-crazy-8s-copy");
        assertThat(vm.getCard().duration()).isEqualTo("About 8 minutes");
        assertThat(library.find("crazy-8s")).contains(original);
        Technique copy = library.find("own-crazy-8s-copy").orElseThrow();
        assertThat(copy.modelInstructions()).as("unchanged texts keep both languages").isEqualTo(original.modelInstructions());
        assertThat(copy.name().fr()).as("a changed text is kept in its language only").isEmpty();
    }

    @Test
    void anEditOfAnOwnTechniqueReplacesItAndAChangedTextLeavesTheOtherLanguageEmpty() {
        TechniqueLibrary library = library("a");
        Technique mine = library.add(new Technique(null, "MAP", 10, DrawKind.NONE,
                new LocalizedText("Walk", "Marche"), new LocalizedText("", ""), new LocalizedText("", ""),
                List.of(new LocalizedText("Walk.", "Marchez.")), new LocalizedText("Walk. {cliches}", "Marche. {cliches}")));
        TechniquesViewModel vm = viewModel(library);
        vm.select(mine.id());

        TechniqueEditorViewModel editor = vm.editSelected().orElseThrow();
        editor.instructionsProperty().set("Run. {cliches}");
        vm.save(editor);

        Technique edited = library.find(mine.id()).orElseThrow();
        assertThat(library.own()).hasSize(1);
        assertThat(edited.modelInstructions()).isEqualTo(new LocalizedText("Run. {cliches}", ""));
        assertThat(edited.modelInstructions().in(Locale.FRENCH)).isEqualTo("Run. {cliches}");
        assertThat(edited.name()).isEqualTo(new LocalizedText("Walk", "Marche"));
    }

    @Test
    void duplicateAddsACopyWithAFreshIdAndLeavesTheOriginal() {
        TechniqueLibrary library = library("a");
        TechniquesViewModel vm = viewModel(library);
        vm.select("reverse");

        vm.duplicateSelected();
        vm.select("reverse");
        vm.duplicateSelected();

        assertThat(library.own()).extracting(Technique::id)
                .containsExactly("own-worst-possible-idea-copy", "own-worst-possible-idea-copy-2");
        assertThat(library.own().get(0).name()).isEqualTo(new LocalizedText("Worst possible idea (copy)",
                library.find("reverse").orElseThrow().name().fr() + " (copie)"));
        assertThat(library.find("reverse")).isPresent();
        assertThat(vm.getCard().id()).isEqualTo("own-worst-possible-idea-copy-2");
    }

    @Test
    void deleteAsksFirstAndOnlyDeletesOwnTechniques() {
        TechniqueLibrary library = library("a");
        TechniquesViewModel vm = viewModel(library);
        vm.select("reverse");
        vm.duplicateSelected();
        String copy = vm.getCard().id();

        dialogs.confirm = false;
        vm.deleteSelected();
        assertThat(library.find(copy)).isPresent();

        dialogs.confirm = true;
        vm.deleteSelected();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(m -> m.contains("Worst possible idea (copy)"));
        assertThat(library.find(copy)).isEmpty();
        assertThat(vm.techniques()).extracting(TechniqueItem::id).doesNotContain(copy);

        vm.select("reverse");
        vm.deleteSelected();
        assertThat(library.find("reverse")).isPresent();
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void exportThenImportInAnotherSettingsFolderGivesEqualTechniques() {
        TechniqueLibrary mine = library("mine");
        Technique a = mine.add(OwnTechniquesTest.sample("Brief walk", "Walk."));
        Technique b = mine.add(OwnTechniquesTest.sample("Night walk", "Walk at night."));
        dialogs.nextFile = home.resolve("shared/team-techniques.json");
        viewModel(mine).exportTechniques();
        assertThat(dialogs.infos).anyMatch(m -> m.contains("2 techniques were saved in team-techniques.json"));

        TechniqueLibrary theirs = library("theirs");
        viewModel(theirs).importTechniques();

        assertThat(dialogs.errors).isEmpty();
        assertThat(theirs.own()).containsExactly(a, b);
        assertThat(library("theirs").own()).containsExactly(a, b);
    }

    @Test
    void importingAgainAddsCopiesWithFreshIdsAndOverwritesNothing() {
        TechniqueLibrary library = library("a");
        Technique a = library.add(OwnTechniquesTest.sample("Brief walk", "Walk."));
        dialogs.nextFile = home.resolve("team.json");
        TechniquesViewModel vm = viewModel(library);
        vm.exportTechniques();

        vm.importTechniques();

        assertThat(library.own()).extracting(Technique::id).containsExactly("own-brief-walk", "own-brief-walk-2");
        assertThat(library.find("own-brief-walk")).contains(a);
        assertThat(dialogs.infos).anyMatch(m -> m.startsWith("One technique was added"));
    }

    @Test
    void aBadFileImportsNothingAndSaysWhy() throws IOException {
        TechniqueLibrary library = library("a");
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, """
                {"techniques": [
                  {"id": "own-ok", "icon": "MAP", "minutes": 5, "draw": "NONE", "name": {"en": "Fine"},
                   "steps": [], "modelInstructions": {"en": "Fine. {cliches}"}},
                  {"id": "own-bad", "icon": "MAP", "minutes": 5, "draw": "NONE", "name": {"en": "Bad"},
                   "steps": [], "modelInstructions": {"en": "Use {budget}."}}]}
                """);
        dialogs.nextFile = bad;

        viewModel(library).importTechniques();

        assertThat(library.own()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("Nothing was imported from bad.json", "unknown placeholder {budget}");
    }

    @Test
    void anUnreadableOwnFileShowsANoticeInThePane() throws IOException {
        Files.createDirectories(home.resolve("a"));
        Files.writeString(home.resolve("a/techniques.json"), "not json");

        TechniquesViewModel vm = viewModel(library("a"));

        assertThat(vm.noticeProperty().get()).contains("could not be read", "techniques.json", "not valid JSON",
                "techniques.unreadable-1.json");
    }

    @Test
    void theEditorFlagsUnknownPlaceholdersAndAMissingName() {
        TechniqueEditorViewModel editor = viewModel(library("a")).newTechnique();
        editor.instructionsProperty().set("Ideas for {audiense}. {cliches}");

        assertThat(editor.validBinding().get()).isFalse();
        assertThat(editor.problems()).containsExactly("A name is needed.", "Unknown placeholder: {audiense}");

        editor.nameProperty().set("Typo");
        editor.instructionsProperty().set("Ideas for {audience} with {stimulus}.");
        assertThat(editor.problems()).containsExactly("{stimulus} needs the draw “A stimulus word”.");

        editor.drawProperty().set(DrawKind.WORD);
        assertThat(editor.validBinding().get()).isTrue();
        assertThat(editor.placeholderHelp()).contains("{audience}", "{insight}", "{stimulus}");
    }
}
