package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.project.Session;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.testfx.api.FxToolkit;

/**
 * The real window on a team board whose feed the test drives (a project file dressed as a team
 * board: {@link FakeTeamBoard}): others' changes appear without action and leave what the person
 * is doing alone; the server going away shows the banner, makes the board read-only and keeps what
 * was typed in the pending file, which reaches the board when the server is back.
 */
class LiveWindowTest {
    @TempDir
    Path home;
    private WindowFixture app;
    private final List<FakeTeamBoard> boards = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void start() throws Exception {
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        SqliteProjectFiles files = new SqliteProjectFiles();
        app.sessions = new SessionFactory() {
            @Override
            public Session open(Path file) {
                return session(files.open(file));
            }

            @Override
            public Session create(Path file) {
                return session(files.create(file));
            }
        };
        app.open(Optional.empty());
    }

    private synchronized Session session(Project file) {
        FakeTeamBoard board = new FakeTeamBoard(file);
        boards.add(board);
        BriefService brief = new BriefService(board.briefs());
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        return new Session(board, brief, new BoardService(board.ideas(), () -> "tester"), null, null,
                new Judgement(new CriteriaService(board.criteria(), () -> brief.current().get(BriefField.SUCCESS_CRITERIA)),
                        new VoteService(board.votes(), random), new DuelService(board.duels(), random)));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    private FakeTeamBoard board() {
        return boards.get(boards.size() - 1);
    }

    private OpenProject shown() {
        return app.vm.project().orElseThrow();
    }

    private Idea othersAdd(String title) {
        Idea idea = board().ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "someone else"));
        board().othersChanged();
        return idea;
    }

    private Path pendingFile() {
        return new PendingFiles(home.resolve("config/pending")).file(FakeTeamBoard.ADDRESS);
    }

    private boolean visible(String query) {
        return app.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void anIdeaAddedByAnotherClientAppearsWithoutAction() throws Exception {
        start();
        assertThat(board().subscribers()).as("the live board and the workshop strip follow the feed").isEqualTo(2);
        Idea idea = othersAdd("Night skiing with lanterns");
        waitUntil(() -> shown().board().getIds().contains(idea.id()));
        assertThat(visible("#offline-banner")).isFalse();
    }

    @Test
    void othersChangesLeaveTheSelectionAndTheOpenEditorAlone() throws Exception {
        start();
        Idea mine = shown().session().board().add("Fondue on the chairlift", "", List.of(), IdeaStatus.INBOX);
        waitUntil(() -> shown().board().getIds().contains(mine.id()));
        app.robot.interact(() -> shown().board().reveal(mine.id()));
        app.robot.interact(() -> shown().board().openEditor(mine.id()));
        waitUntil(() -> app.robot.lookup("#board-editor-title").tryQuery().isPresent());
        TextInputControl title = app.robot.lookup("#board-editor-title").queryAs(TextInputControl.class);
        app.robot.interact(() -> title.setText("Fondue on the chairlift, at dusk"));

        Idea theirs = othersAdd("Snow-shoe treasure hunt");
        waitUntil(() -> shown().board().getIds().contains(theirs.id()));

        assertThat(title.getText()).isEqualTo("Fondue on the chairlift, at dusk");
        assertThat(shown().board().editorProperty().get()).isNotNull();
        assertThat(shown().board().selectedIds()).containsExactly(mine.id());
    }

    @Test
    void theJudgementScreenFollowsOthersChanges() throws Exception {
        start();
        app.robot.interact(() -> app.vm.layout().decidingProperty().set(true));
        waitUntil(() -> shown().judge().ranking().loadedProperty().get());
        Idea idea = othersAdd("Avalanche of ideas");
        waitUntil(() -> shown().judge().ranking().rows().stream().anyMatch(r -> r.id() == idea.id()));
    }

    @Test
    void aBriefSavedByAnotherClientIsShown() throws Exception {
        start();
        waitUntil(() -> shown().brief().loadedProperty().get());
        board().briefs().append(Brief.empty().with(BriefField.TITLE, "Winter offsite"));
        board().othersChanged();
        waitUntil(() -> "Winter offsite".equals(shown().brief().fieldProperty(BriefField.TITLE).get()));
    }

    @Test
    void theServerGoingAwayShowsTheBannerMakesTheBoardReadOnlyAndKeepsWhatWasTyped() throws Exception {
        start();
        Idea mine = shown().session().board().add("Igloo bar", "", List.of(), IdeaStatus.INBOX);
        waitUntil(() -> shown().board().getIds().contains(mine.id()));
        app.robot.interact(() -> shown().board().openEditor(mine.id()));
        waitUntil(() -> app.robot.lookup("#board-editor-title").tryQuery().isPresent());
        app.robot.interact(() -> {
            app.robot.lookup("#board-editor-title").queryAs(TextInputControl.class).setText("Igloo bar with a DJ");
            shown().board().quickAddTextProperty().set("Torchlight descent");
        });

        board().serverGone();
        waitUntil(() -> visible("#offline-banner"));

        assertThat(app.robot.lookup("#offline-banner .label").queryLabeled().getText())
                .startsWith("The team board's server went away.");
        assertThat(shown().readOnly()).isTrue();
        assertThat(app.robot.lookup("#board-list").query().isDisabled()).isTrue(); // shown as it was, read-only
        assertThat(app.robot.lookup("#board-editor-title").query().isDisabled()).isTrue();
        assertThat(app.vm.canUndoProperty().get()).isFalse();
        assertThat(shown().board().getIds()).contains(mine.id());
        assertThat(Files.readString(pendingFile())).contains("Igloo bar with a DJ", "Torchlight descent");
        OpenProject before = shown();

        board().serverBack();
        waitUntil(() -> !visible("#offline-banner") && !Files.exists(pendingFile()));
        waitUntil(() -> board().ideas().find(mine.id()).orElseThrow().title().equals("Igloo bar with a DJ"));
        assertThat(titles()).contains("Torchlight descent");
        assertThat(shown()).as("the panes read afresh").isNotSameAs(before);
        assertThat(shown().board().isReadOnly()).isFalse();
        assertThat(app.robot.lookup("#board-quick-add").queryAs(TextField.class).isDisabled()).isFalse();
    }

    @Test
    void editsKeptByAnEarlierRunAreSentWhenTheBoardOpens() throws Exception {
        PendingFiles files = new PendingFiles(home.resolve("config/pending"));
        files.write(FakeTeamBoard.ADDRESS, new PendingEdits(FakeTeamBoard.ADDRESS.display(), null,
                "Kept overnight", Map.of(BriefField.TITLE.key(), "Typed offline")));
        start();
        waitUntil(() -> !Files.exists(pendingFile()));
        assertThat(titles()).contains("Kept overnight");
        assertThat(board().briefs().latest().orElseThrow().brief().get(BriefField.TITLE)).isEqualTo("Typed offline");
    }

    @Test
    void closingTheBoardStopsFollowingIt() throws Exception {
        start();
        FakeTeamBoard first = board();
        assertThat(first.subscribers()).as("the live board and the workshop strip").isEqualTo(2);
        app.close();
        assertThat(first.subscribers()).isZero();
    }

    private List<String> titles() {
        return board().ideas().query(org.offpiste.board.IdeaQuery.all()).stream().map(Idea::title).toList();
    }
}
