package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.NewIdea;
import org.offpiste.board.TagCount;
import org.offpiste.project.Project;

class IdeaStoreTest {
    @TempDir
    Path dir;
    private final StepClock clock = new StepClock();
    private Project project;
    private IdeaStore ideas;

    @BeforeEach
    void open() {
        project = StoreTesting.files(clock).create(dir.resolve("p.offpiste"));
        ideas = project.ideas();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Idea add(String title, String body, IdeaStatus status, String... tags) {
        return ideas.add(new NewIdea(title, body, List.of(tags), status, "Ana"));
    }

    private List<String> titles(IdeaQuery q) {
        return ideas.query(q).stream().map(Idea::title).toList();
    }

    @Test
    void addedIdeaIsFoundWithItsFieldsAndNormalisedTags() {
        Idea a = add("Chairlift poems", "Verses on the pylons", IdeaStatus.SHORTLIST, " winter ", "Ski", "ski");
        assertThat(a.id()).isPositive();
        assertThat(a.tags()).containsExactly("Ski", "winter");
        assertThat(ideas.find(a.id())).contains(a);
        assertThat(a.author()).isEqualTo("Ana");
        assertThat(a.createdAt()).isEqualTo(a.updatedAt());
    }

    @Test
    void searchFoldsAccentsAndCaseBothWays() {
        Idea t = add("Télésiège nocturne", "", IdeaStatus.INBOX);
        Idea u = add("Telesiege by day", "", IdeaStatus.INBOX);
        Idea c = add("Free cafe", "a hot drink", IdeaStatus.INBOX);
        assertThat(ideas.queryIds(IdeaQuery.all().withText("telesiege"))).containsExactlyInAnyOrder(t.id(), u.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("TÉLÉSIÈGE"))).containsExactlyInAnyOrder(t.id(), u.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("CAFÉ"))).containsExactly(c.id());
    }

    @Test
    void searchMatchesEachWordAsPrefixAndAllWordsAreRequired() {
        Idea a = add("Snow globe vending", "at the summit", IdeaStatus.INBOX, "retail");
        add("Snowboard school", "lessons", IdeaStatus.INBOX);
        assertThat(titles(IdeaQuery.all().withText("sno"))).containsExactlyInAnyOrder("Snow globe vending",
                "Snowboard school");
        assertThat(ideas.queryIds(IdeaQuery.all().withText("snow summ"))).containsExactly(a.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("retai"))).containsExactly(a.id());
    }

    @Test
    void searchTextWithFtsSyntaxNeverFails() {
        add("Quote \"this\" (and) that*", "NEAR OR NOT", IdeaStatus.INBOX);
        for (String text : List.of("\"", "\"this", "(and", "that*", "NEAR(", "OR", "NOT x", "-", "a:b", "*", "^",
                "title:quote", "'", "{x}", "\u0301", "  ")) {
            ideas.queryIds(IdeaQuery.all().withText(text));
            ideas.countByStatus(IdeaQuery.all().withText(text));
        }
        assertThat(ideas.queryIds(IdeaQuery.all().withText("\"this\" (and)"))).hasSize(1);
        assertThat(ideas.queryIds(IdeaQuery.all().withText("!!!"))).isEmpty();
    }

    @Test
    void tagFilterRequiresEveryTagCaseInsensitively() {
        Idea both = add("Both", "", IdeaStatus.INBOX, "ski", "night");
        add("Only ski", "", IdeaStatus.INBOX, "ski");
        add("None", "", IdeaStatus.INBOX);
        assertThat(ideas.queryIds(IdeaQuery.all().withTags(Set.of("SKI", "night")))).containsExactly(both.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withTags(Set.of("ski")))).hasSize(2);
        assertThat(ideas.queryIds(IdeaQuery.all().withTags(Set.of("unknown")))).isEmpty();
    }

    @Test
    void sortsByUpdatedCreatedTitleAndStatusLanes() {
        Idea b = add("beta", "", IdeaStatus.REJECTED);
        Idea a = add("Alpha", "", IdeaStatus.PARKED);
        Idea c = add("gamma", "", IdeaStatus.INBOX);
        Idea d = add("delta", "", IdeaStatus.SHORTLIST);
        Idea e = add("epsilon", "", IdeaStatus.INBOX);
        ideas.update(b.withContent("beta", "edited", List.of(), IdeaStatus.REJECTED));
        assertThat(ideas.queryIds(IdeaQuery.all().withSort(IdeaSort.UPDATED)))
                .containsExactly(b.id(), e.id(), d.id(), c.id(), a.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withSort(IdeaSort.CREATED)))
                .containsExactly(e.id(), d.id(), c.id(), a.id(), b.id());
        assertThat(titles(IdeaQuery.all().withSort(IdeaSort.TITLE)))
                .containsExactly("Alpha", "beta", "delta", "epsilon", "gamma");
        assertThat(ideas.queryIds(IdeaQuery.all().withSort(IdeaSort.STATUS)))
                .containsExactly(e.id(), c.id(), d.id(), a.id(), b.id());
    }

    @Test
    void statusFilterAndCountsByStatus() {
        add("a", "snow", IdeaStatus.INBOX, "x");
        add("b", "snow", IdeaStatus.INBOX);
        add("c", "snow", IdeaStatus.PARKED, "x");
        add("d", "rain", IdeaStatus.SHORTLIST, "x");
        IdeaQuery q = IdeaQuery.all().withStatuses(Set.of(IdeaStatus.PARKED));
        assertThat(titles(q)).containsExactly("c");
        Map<IdeaStatus, Integer> counts = ideas.countByStatus(q.withText("snow"));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(IdeaStatus.INBOX, 2, IdeaStatus.PARKED, 1,
                IdeaStatus.SHORTLIST, 0, IdeaStatus.REJECTED, 0));
        assertThat(ideas.countByStatus(IdeaQuery.all().withTags(Set.of("x"))))
                .containsEntry(IdeaStatus.INBOX, 1).containsEntry(IdeaStatus.SHORTLIST, 1);
    }

    @Test
    void updateReplacesContentTagsAndSearchIndex() {
        Idea a = add("Old title", "old body", IdeaStatus.INBOX, "old");
        Idea u = ideas.update(a.withContent("New title", "new body", List.of("fresh"), IdeaStatus.PARKED));
        assertThat(u.updatedAt()).isAfter(a.updatedAt());
        assertThat(u.createdAt()).isEqualTo(a.createdAt());
        assertThat(u.tags()).containsExactly("fresh");
        assertThat(ideas.queryIds(IdeaQuery.all().withText("old"))).isEmpty();
        assertThat(ideas.queryIds(IdeaQuery.all().withText("fresh"))).containsExactly(a.id());
        assertThat(ideas.tags()).containsExactly(new TagCount("fresh", 1));
        Idea ghost = new Idea(999, "x", "", List.of(), IdeaStatus.INBOX, "", a.createdAt(), a.updatedAt());
        assertThatThrownBy(() -> ideas.update(ghost)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedIdeasVanishFromEverythingUntilUndeleted() {
        Idea a = add("Gone", "soon", IdeaStatus.INBOX, "temp");
        Idea b = add("Stays", "", IdeaStatus.INBOX, "keep");
        ideas.delete(a.id());
        assertThat(ideas.find(a.id())).isEmpty();
        assertThat(ideas.queryIds(IdeaQuery.all())).containsExactly(b.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("gone"))).isEmpty();
        assertThat(ideas.count()).isEqualTo(1);
        assertThat(ideas.countByStatus(IdeaQuery.all())).containsEntry(IdeaStatus.INBOX, 1);
        assertThat(ideas.tags()).containsExactly(new TagCount("keep", 1));
        assertThat(ideas.findAll(List.of(a.id(), b.id()))).containsExactly(b);
        Idea back = ideas.undelete(a.id());
        assertThat(back).isEqualTo(a);
        assertThat(ideas.queryIds(IdeaQuery.all().withText("gone"))).containsExactly(a.id());
    }

    @Test
    void purgeForgetsDeletedIdeasAndUnusedTagsButNeverReusesIds() {
        Idea a = add("Gone", "", IdeaStatus.INBOX, "temp");
        ideas.delete(a.id());
        ideas.purgeDeleted();
        assertThatThrownBy(() -> ideas.undelete(a.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ideas.tags()).isEmpty();
        Idea b = add("New", "", IdeaStatus.INBOX);
        assertThat(b.id()).isGreaterThan(a.id());
    }

    @Test
    void addAllKeepsInputOrderAndSharesTags() {
        List<Idea> added = ideas.addAll(List.of(
                new NewIdea("one", "", List.of("t"), IdeaStatus.INBOX, "me"),
                new NewIdea("two", "", List.of("T", "u"), IdeaStatus.PARKED, "me")));
        assertThat(added).extracting(Idea::title).containsExactly("one", "two");
        assertThat(added.get(1).tags()).containsExactly("t", "u");
        assertThat(ideas.findAll(List.of(added.get(1).id(), added.get(0).id()))).containsExactly(added.get(1),
                added.get(0));
        assertThat(ideas.tags()).containsExactly(new TagCount("t", 2), new TagCount("u", 1));
    }

    @Test
    void decomposedAccentsAndPunctuatedWordsAreFound() {
        Idea a = add("Te\u0301le\u0301sie\u0300ge de l'été", "", IdeaStatus.INBOX, "après-ski");
        assertThat(ideas.queryIds(IdeaQuery.all().withText("télésiège"))).containsExactly(a.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("Te\u0301le\u0301"))).containsExactly(a.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("l'ete"))).containsExactly(a.id());
        assertThat(ideas.queryIds(IdeaQuery.all().withText("apres-ski"))).containsExactly(a.id());
        assertThat(SearchText.match("l'été \"x\" OR")).isEqualTo("\"l\"* AND \"été\"* AND \"x\"* AND \"OR\"*");
        assertThat(SearchText.match(Dialect.POSTGRES, "l'Été \"x\" OR:* !(a|b) & Te\u0301le\u0301"))
                .isEqualTo("l:* & ete:* & x:* & or:* & a:* & b:* & tele:*");
        assertThat(SearchText.document("Télésiège de l'été", "", "après-ski Été")).isEqualTo("telesiege de l ete apres ski");
    }
}
