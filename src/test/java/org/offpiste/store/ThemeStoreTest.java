package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.novelty.Theme;
import org.offpiste.project.Project;

/** Themes in a real project file. */
class ThemeStoreTest {
    @TempDir
    Path dir;

    private static long idea(Project p, String title) {
        return p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana")).id();
    }

    @Test
    void replaceKeepsTheOrderAndSurvivesReopening() {
        Path file = dir.resolve("a.offpiste");
        long a;
        long b;
        long c;
        try (Project p = StoreTesting.files().create(file)) {
            a = idea(p, "Lanterns");
            b = idea(p, "Lantern walk");
            c = idea(p, "Fondue");
            p.themes().replace(List.of(new Theme(0, "Old", Theme.NamedBy.WORDS, List.of(a, b, c))));
            List<Theme> stored = p.themes().replace(List.of(
                    new Theme(0, "Night lanterns", Theme.NamedBy.MODEL, List.of(b, a)),
                    new Theme(0, "Cheese", Theme.NamedBy.WORDS, List.of(c))));
            assertThat(stored).extracting(Theme::name).containsExactly("Night lanterns", "Cheese");
            assertThat(stored.get(0).id()).isPositive();
        }
        try (Project p = StoreTesting.files().open(file)) {
            List<Theme> read = p.themes().themes();
            assertThat(read).extracting(Theme::name).containsExactly("Night lanterns", "Cheese");
            assertThat(read.get(0).namedBy()).isEqualTo(Theme.NamedBy.MODEL);
            assertThat(read.get(0).ideaIds()).containsExactly(a, b);
            assertThat(read.get(1).ideaIds()).containsExactly(c);
        }
    }

    @Test
    void renameIsAPersonsNameAndDeletedIdeasLeaveTheirTheme() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Lantern walk");
            long c = idea(p, "Fondue");
            List<Theme> stored = p.themes().replace(List.of(
                    new Theme(0, "Night lanterns", Theme.NamedBy.MODEL, List.of(a, b)),
                    new Theme(0, "Cheese", Theme.NamedBy.WORDS, List.of(c, 9999L))));
            Theme renamed = p.themes().rename(stored.get(0).id(), "Lights at night");
            assertThat(renamed.namedBy()).isEqualTo(Theme.NamedBy.PERSON);
            assertThat(renamed.name()).isEqualTo("Lights at night");
            p.ideas().delete(b);
            p.ideas().delete(c);
            assertThat(p.themes().themes()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("Lights at night");
                assertThat(t.ideaIds()).containsExactly(a);
            });
            assertThatThrownBy(() -> p.themes().rename(12345, "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
