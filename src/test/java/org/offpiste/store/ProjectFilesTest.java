package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.project.Project;

@Tag("file")
class ProjectFilesTest {
    @TempDir
    Path dir;

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void closedProjectIsOneSelfContainedFile() throws IOException {
        Path file = dir.resolve("Night skiing.offpiste");
        try (Project p = new SqliteProjectFiles().create(file)) {
            p.briefs().append(Brief.empty().with(BriefField.TITLE, "Night skiing"));
            p.ideas().add(new NewIdea("Glow piste", "", List.of("night"), IdeaStatus.INBOX, "me"));
            assertThat(p.readOnly()).isFalse();
        }
        assertThat(names(dir)).containsExactly("Night skiing.offpiste");
        Path elsewhere = Files.createDirectory(dir.resolve("other machine")).resolve("moved.offpiste");
        Files.move(file, elsewhere);
        try (Project p = new SqliteProjectFiles().open(elsewhere)) {
            assertThat(p.ideas().query(IdeaQuery.all())).extracting(i -> i.title()).containsExactly("Glow piste");
            assertThat(p.briefs().latest().orElseThrow().brief().get(BriefField.TITLE)).isEqualTo("Night skiing");
        }
        assertThat(names(elsewhere.getParent())).containsExactly("moved.offpiste");
    }

    @Test
    void closingPurgesDeletedIdeas() {
        Path file = dir.resolve("p.offpiste");
        long id;
        try (Project p = new SqliteProjectFiles().create(file)) {
            id = p.ideas().add(new NewIdea("x", "", List.of(), IdeaStatus.INBOX, "")).id();
            p.ideas().delete(id);
        }
        try (Project p = new SqliteProjectFiles().open(file)) {
            assertThat(StoreTesting.scalar(p, "SELECT count(*) FROM idea")).isEqualTo("0");
        }
    }
}
