package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefStore;
import org.offpiste.brief.BriefVersion;
import org.offpiste.project.Project;

class BriefStoreTest {
    @TempDir
    Path dir;

    private static Brief full() {
        Map<BriefField, String> values = new EnumMap<>(BriefField.class);
        for (BriefField f : BriefField.values()) {
            values.put(f, f.key() + " — «été» 'quoted'\nsecond line");
        }
        return Brief.of(values);
    }

    @Test
    void newProjectHasNoBrief() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            assertThat(p.briefs().latest()).isEmpty();
            assertThat(p.briefs().versions()).isEmpty();
        }
    }

    @Test
    void everyFieldSurvivesAppendAndReopen() {
        Path file = dir.resolve("a.offpiste");
        BriefVersion v;
        try (Project p = StoreTesting.files().create(file)) {
            v = p.briefs().append(full());
            assertThat(v.brief()).isEqualTo(full());
        }
        try (Project p = StoreTesting.files().open(file)) {
            assertThat(p.briefs().latest()).contains(v);
        }
    }

    @Test
    void amendOverwritesAVersionAndMovesOnlyItsUpdateTime() {
        try (Project p = StoreTesting.files(new StepClock()).create(dir.resolve("a.offpiste"))) {
            BriefStore store = p.briefs();
            BriefVersion first = store.append(Brief.empty().with(BriefField.TITLE, "Night skiing"));
            BriefVersion second = store.append(first.brief().with(BriefField.INSIGHT, "Dark is exciting"));
            BriefVersion amended = store.amend(second.id(), second.brief().with(BriefField.INSIGHT, "Dark is thrilling"));
            assertThat(amended.id()).isEqualTo(second.id());
            assertThat(amended.createdAt()).isEqualTo(second.createdAt());
            assertThat(amended.updatedAt()).isAfter(second.updatedAt());
            assertThat(store.latest()).contains(amended);
            assertThat(store.versions()).extracting(BriefVersion::id).containsExactly(second.id(), first.id());
            assertThat(store.version(first.id())).contains(first);
            assertThat(store.version(12345)).isEmpty();
            assertThatThrownBy(() -> store.amend(12345, Brief.empty())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyBriefFieldHasItsColumn() {
        assertThat(SqlBriefStore.column(BriefField.SUCCESS_CRITERIA)).isEqualTo("success_criteria");
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            Brief b = full();
            assertThat(p.briefs().append(b).brief().values()).hasSize(BriefField.values().length);
        }
    }
}
