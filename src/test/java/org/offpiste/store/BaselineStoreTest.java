package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;
import org.offpiste.project.Project;

/** Banal baselines in a real project file. */
class BaselineStoreTest {
    @TempDir
    Path dir;

    private static Baseline baseline(long version, String answer, String... titles) {
        List<BaselineItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(new BaselineItem(i, titles[i], "body « été » " + i, "all-minilm-l6-v2-q",
                    new float[] {0.6f, -0.8f, i}));
        }
        return new Baseline(version, "ollama", "llama3.2", "Give me ideas for this brief.", answer,
                Instant.parse("2026-11-29T05:00:00.123Z"), items);
    }

    @Test
    void aBaselineAndItsVectorsSurviveReopening() {
        Path file = dir.resolve("a.offpiste");
        try (Project p = StoreTesting.files().create(file)) {
            long v = p.briefs().append(Brief.empty().with(BriefField.TITLE, "Night skiing")).id();
            p.baselines().save(baseline(v, "1. **Lanterns** — on the lift", "Lanterns", "Torch descent"));
        }
        try (Project p = StoreTesting.files().open(file)) {
            Baseline read = p.baselines().latest().orElseThrow();
            assertThat(read.answer()).isEqualTo("1. **Lanterns** — on the lift");
            assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-29T05:00:00.123Z"));
            assertThat(read.items()).extracting(BaselineItem::title).containsExactly("Lanterns", "Torch descent");
            assertThat(read.items().get(1).body()).isEqualTo("body « été » 1");
            assertThat(read.items().get(1).vector()).containsExactly(0.6f, -0.8f, 1f);
            assertThat(p.baselines().baseline(read.briefVersionId())).isPresent();
        }
    }

    @Test
    void savingAgainReplacesTheVersionsBaselineAndLatestIsTheNewestVersion() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long first = p.briefs().append(Brief.empty().with(BriefField.TITLE, "One")).id();
            long second = p.briefs().append(Brief.empty().with(BriefField.TITLE, "Two")).id();
            p.baselines().save(baseline(second, "second", "A", "B", "C"));
            p.baselines().save(baseline(first, "first", "D"));
            p.baselines().save(baseline(second, "second again", "E"));
            assertThat(p.baselines().latest().orElseThrow().answer()).isEqualTo("second again");
            assertThat(p.baselines().baseline(second).orElseThrow().items()).extracting(BaselineItem::title)
                    .containsExactly("E");
            assertThat(p.baselines().baseline(first).orElseThrow().answer()).isEqualTo("first");
            assertThat(p.baselines().baseline(second + 1)).isEmpty();
        }
    }
}
