package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.llm.LangchainChatProvider;
import org.offpiste.llm.LlmTimeouts;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.FixedSecrets;

/** Themes of real ideas embedded with the real model, stored in a real project file. */
class ThemeServiceTest {
    private static final WireFormat WIRE = WireFormat.OLLAMA;
    private static final List<String> LANTERNS = List.of(
            "Lantern walk: a night parade of paper lanterns up to the ski lift",
            "Lift lanterns: every chairlift seat carries a glowing lantern after dark",
            "Night lanterns on the slopes, lit by visitors one by one",
            "Glowing lantern trail through the forest at dusk",
            "Light a lantern for someone you miss and hang it on the gondola");
    private static final List<String> CHEESE = List.of(
            "Local cheese tasting in the mountain hut with the farmers",
            "Fondue lunch cooked by the village cheesemaker",
            "Raclette picnic on the terrace with cheese from the valley",
            "Cheese cellar tour and tasting of aged alpine cheeses",
            "A breakfast of farm butter and cheese delivered to the chalet");
    private static final List<String> KIDS = List.of(
            "Kids ski school race with medals for everyone",
            "Family slalom challenge where parents and children race together",
            "Snow games for children: sledding, snowman contest, treasure hunt",
            "Beginner kids lessons with a cartoon mascot instructor",
            "Children's ski club with a weekly race and a podium");

    @TempDir
    Path dir;
    private Project project;
    private BriefService brief;
    private FakeProviderServer server;
    private LangchainChatProvider provider;
    private final MemoryNoveltyStore novelty = new MemoryNoveltyStore();
    private final TestEmbedder embedder = new TestEmbedder();
    private final AtomicReference<String> model = new AtomicReference<>("");
    private final List<Long> lanterns = new ArrayList<>();
    private final List<Long> cheese = new ArrayList<>();
    private final List<Long> kids = new ArrayList<>();

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        brief = new BriefService(project.briefs());
        brief.save(Brief.empty().with(BriefField.TITLE, "Winter at Les Arcs"));
        server = FakeProviderServer.start();
        provider = new LangchainChatProvider(new FixedSecrets(), LlmTimeouts::defaults);
        for (int i = 0; i < 5; i++) {
            lanterns.add(idea(LANTERNS.get(i)));
            cheese.add(idea(CHEESE.get(i)));
            kids.add(idea(KIDS.get(i)));
        }
    }

    @AfterEach
    void close() {
        provider.close();
        server.close();
        project.close();
    }

    private long idea(String text) {
        String[] parts = text.split(": ", 2);
        String title = parts[0];
        String body = parts.length > 1 ? parts[1] : "";
        long id = project.ideas().add(new NewIdea(title, body, List.of(), IdeaStatus.INBOX, "Ana")).id();
        novelty.put(id, title, body);
        return id;
    }

    private ThemeService service(Duration naming) {
        return new ThemeService(project.themes(), novelty, () -> Optional.of(embedder), provider,
                () -> new ProviderSettings(WIRE.kind(), server.url(WIRE.basePath()), model.get(), 0.5),
                brief, () -> Locale.ENGLISH, naming);
    }

    private ThemeService service() {
        return service(Duration.ofSeconds(20));
    }

    private static Set<Set<Long>> groups(List<Theme> themes) {
        return themes.stream().map(t -> Set.copyOf(t.ideaIds())).collect(Collectors.toSet());
    }

    @Test
    void threeSeparateTopicsAreFoundExactlyAndNamedByTheirWords() {
        List<Theme> themes = service().find();
        assertThat(groups(themes)).containsExactlyInAnyOrder(Set.copyOf(lanterns), Set.copyOf(cheese), Set.copyOf(kids));
        assertThat(themes).allSatisfy(t -> assertThat(t.namedBy()).isEqualTo(Theme.NamedBy.WORDS));
        Map<Long, String> names = themes.stream().collect(Collectors.toMap(t -> t.ideaIds().get(0), Theme::name));
        assertThat(names.get(lanterns.get(0)).toLowerCase(Locale.ROOT)).contains("lantern").contains(" · ");
        assertThat(names.get(cheese.get(0)).toLowerCase(Locale.ROOT)).contains("cheese");
        assertThat(server.requests()).as("no model chosen: no request").isEmpty();
    }

    @Test
    void theSameBoardGivesTheSameThemes() {
        List<Theme> first = service().find();
        List<Theme> second = service().find();
        assertThat(second).extracting(Theme::name).containsExactlyElementsOf(first.stream().map(Theme::name).toList());
        assertThat(second).extracting(Theme::ideaIds)
                .containsExactlyElementsOf(first.stream().map(Theme::ideaIds).toList());
    }

    @Test
    void storedVectorsAreUsedAndOnlyTheMissingOnesAreEmbedded() {
        List<Long> all = new ArrayList<>(lanterns);
        all.addAll(cheese);
        float[][] vectors = embedder.embed(all.stream().map(id -> novelty.ideaTexts("").stream()
                .filter(t -> t.id() == id).findFirst().map(t -> Vectors.text(t.title(), t.body())).orElseThrow())
                .toList());
        Map<Long, float[]> stored = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            stored.put(all.get(i), vectors[i]);
        }
        novelty.saveVectors(TestEmbedder.MODEL, stored, Map.of());
        int before = embedder.embedded();
        List<Theme> themes = service().find();
        assertThat(embedder.embedded() - before).isEqualTo(kids.size());
        assertThat(groups(themes)).containsExactlyInAnyOrder(Set.copyOf(lanterns), Set.copyOf(cheese), Set.copyOf(kids));
    }

    @Test
    void theModelNamesTheThemesInOneRequest() {
        model.set("llama3.2");
        server.enqueue(WIRE.reply(List.of("Here are the names:\n\n1. **Night lanterns**\n",
                "2. Alpine cheese — tastings and meals\n3. \"Kids on skis\"\n")));
        List<Theme> themes = service().find();
        assertThat(server.requests()).hasSize(1);
        String sent = server.requests().get(0).body();
        assertThat(sent).contains("Lantern walk", "Fondue lunch cooked by the village cheesemaker", "Group 1:");
        assertThat(themes).allSatisfy(t -> assertThat(t.namedBy()).isEqualTo(Theme.NamedBy.MODEL));
        Map<String, Set<Long>> byName = themes.stream().collect(Collectors.toMap(Theme::name, t -> Set.copyOf(t.ideaIds())));
        assertThat(byName).containsOnlyKeys("Night lanterns", "Alpine cheese", "Kids on skis");
        assertThat(byName.get("Night lanterns")).isEqualTo(Set.copyOf(lanterns));
        assertThat(byName.get("Alpine cheese")).isEqualTo(Set.copyOf(cheese));
    }

    @Test
    void aFailingOrSilentModelLeavesTheNamesToTheWords() {
        model.set("llama3.2");
        server.enqueue(WIRE.error(400, "bad request"));
        List<Theme> failed = service().find();
        assertThat(failed).hasSize(3).allSatisfy(t -> assertThat(t.namedBy()).isEqualTo(Theme.NamedBy.WORDS));

        server.enqueue(Reply.silent());
        long start = System.nanoTime();
        List<Theme> silent = service(Duration.ofMillis(800)).find();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(silent).hasSize(3).allSatisfy(t -> assertThat(t.namedBy()).isEqualTo(Theme.NamedBy.WORDS));
        assertThat(silent).extracting(Theme::name).containsExactlyElementsOf(failed.stream().map(Theme::name).toList());
    }

    @Test
    void aRenameIsKeptAndThemesSurviveReopening() {
        ThemeService themes = service();
        AtomicInteger heard = new AtomicInteger();
        themes.addListener(heard::incrementAndGet);
        List<Theme> found = themes.find();
        Theme renamed = themes.rename(found.get(1).id(), "Tastes of the valley");
        assertThat(renamed.namedBy()).isEqualTo(Theme.NamedBy.PERSON);
        assertThat(heard).hasValue(2);
        project.close();
        project = new SqliteProjectFiles().open(dir.resolve("p.offpiste"));
        brief = new BriefService(project.briefs());
        List<Theme> reopened = service().themes();
        assertThat(reopened).extracting(Theme::name).containsExactly(found.get(0).name(), "Tastes of the valley",
                found.get(2).name());
        assertThat(reopened.get(1).namedBy()).isEqualTo(Theme.NamedBy.PERSON);
        assertThat(reopened.get(1).ideaIds()).isEqualTo(found.get(1).ideaIds());
    }

    @Test
    void aNameGivenByAPersonSurvivesFindingThemesAgainWhenTheGroupIsMuchTheSame() {
        ThemeService themes = service();
        Theme cheeseTheme = themes.find().stream().filter(t -> t.ideaIds().contains(cheese.get(0)))
                .findFirst().orElseThrow();
        themes.rename(cheeseTheme.id(), "Tastes of the valley");
        project.ideas().delete(cheese.get(4));
        novelty.remove(cheese.get(4));
        cheese.add(idea("Cheese and wine evening with the valley cheesemakers"));

        List<Theme> again = themes.find();

        Theme kept = again.stream().filter(t -> t.ideaIds().contains(cheese.get(0))).findFirst().orElseThrow();
        assertThat(kept.name()).isEqualTo("Tastes of the valley");
        assertThat(kept.namedBy()).isEqualTo(Theme.NamedBy.PERSON);
        assertThat(again).filteredOn(t -> t.namedBy() == Theme.NamedBy.PERSON).hasSize(1);
        assertThat(again).filteredOn(t -> !t.ideaIds().contains(cheese.get(0)))
                .allSatisfy(t -> assertThat(t.namedBy()).isEqualTo(Theme.NamedBy.WORDS));
        assertThat(themes.themes()).extracting(Theme::name).contains("Tastes of the valley");
    }

    @Test
    void deletedIdeasLeaveTheirTheme() {
        ThemeService themes = service();
        themes.find();
        project.ideas().delete(cheese.get(0));
        novelty.remove(cheese.get(0));
        assertThat(themes.themes()).noneSatisfy(t -> assertThat(t.ideaIds()).contains(cheese.get(0)));
        assertThat(themes.themes()).anySatisfy(t -> assertThat(t.ideaIds()).containsExactlyInAnyOrderElementsOf(
                cheese.subList(1, 5)));
    }

    @Test
    void crowdedListsTheBiggestThemeFirstWithExamples() {
        long sixth = idea("Lanterns floating on the frozen lake at night");
        ThemeService themes = service();
        List<Theme> found = themes.find();
        assertThat(found.get(0).ideaIds()).contains(sixth).hasSize(6);
        themes.rename(found.get(0).id(), "Night lanterns");
        List<String> crowded = themes.crowded(2);
        assertThat(crowded).hasSize(2);
        assertThat(crowded.get(0)).startsWith("Night lanterns (e.g. '").contains("', '");
        assertThat(crowded.get(0).toLowerCase(Locale.ROOT)).contains("lantern");
    }

    @Test
    void crowdedWithoutThemesClustersQuicklyNamedByWordsWithoutAsking() {
        model.set("llama3.2");
        List<String> crowded = service().crowded(5);
        assertThat(crowded).hasSize(3);
        assertThat(String.join("\n", crowded).toLowerCase(Locale.ROOT)).contains("lantern", "cheese");
        assertThat(server.requests()).isEmpty();
        assertThat(project.themes().themes()).as("nothing stored").isEmpty();
    }

    @Test
    void aFrenchBriefHasItsThemesNamedInFrench() {
        brief.replace(Brief.empty().with(BriefField.TITLE, "L'hiver aux Arcs").with(BriefField.LANGUAGE, "français"));
        model.set("llama3.2");
        server.enqueue(WIRE.reply(List.of("[\"Lanternes de nuit\", \"Fromages d'alpage\", \"Les enfants skient\"]")));
        List<Theme> themes = service().find();
        String sent = server.requests().get(0).body();
        assertThat(sent).contains("Nomme ces groupes", "Groupe 1 :", "en français");
        assertThat(themes).extracting(Theme::name)
                .containsExactlyInAnyOrder("Lanternes de nuit", "Fromages d'alpage", "Les enfants skient");
    }

    @Test
    void onTheProjectsOwnNoveltyStoreOnlyChangedIdeasAreEmbeddedAgain() {
        NoveltyStore stored = project.novelty();
        List<IdeaText> texts = stored.ideaTexts(TestEmbedder.MODEL);
        assertThat(texts).hasSize(15);
        float[][] vectors = embedder.embed(texts.stream().map(t -> Vectors.text(t.title(), t.body())).toList());
        Map<Long, float[]> byId = new java.util.HashMap<>();
        Map<Long, String> hashes = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byId.put(texts.get(i).id(), vectors[i]);
            hashes.put(texts.get(i).id(), Vectors.textHash(texts.get(i).title(), texts.get(i).body()));
        }
        stored.saveVectors(TestEmbedder.MODEL, byId, hashes);
        var edited = project.ideas().find(cheese.get(2)).orElseThrow();
        project.ideas().update(edited.withContent("Raclette picnic", "Cheese from the valley melted on the terrace",
                edited.tags(), edited.status()));
        int before = embedder.embedded();
        ThemeService themes = new ThemeService(project.themes(), stored, () -> Optional.of(embedder), provider,
                () -> new ProviderSettings(WIRE.kind(), server.url(WIRE.basePath()), "", 0.5), brief,
                () -> Locale.ENGLISH);
        List<Theme> found = themes.find();
        assertThat(embedder.embedded() - before).as("only the edited idea").isEqualTo(1);
        assertThat(groups(found)).containsExactlyInAnyOrder(Set.copyOf(lanterns), Set.copyOf(cheese), Set.copyOf(kids));
    }
}
