package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offpiste.ui.DirectTaskExecutor;

class BoardViewModelTest {
    private InMemoryIdeaStore store;
    private BoardService service;
    private DirectTaskExecutor executor;

    @BeforeEach
    void setUp() {
        store = new InMemoryIdeaStore();
        service = new BoardService(store, () -> "Camille");
        executor = new DirectTaskExecutor();
    }

    private BoardViewModel board() {
        return new BoardViewModel(service, executor, false);
    }

    private Idea idea(String title, IdeaStatus status, String... tags) {
        return store.add(new NewIdea(title, "", List.of(tags), status, "Camille"));
    }

    private List<String> titles(BoardViewModel vm) {
        return IntStream.range(0, vm.getIds().size())
                .mapToObj(i -> vm.getPageCache().ideaAt(i).map(Idea::title).orElse("?")).toList();
    }

    @Test
    void emptyProjectSaysEmptyThenReadyAfterQuickAddWithTheSettingsAuthor() {
        BoardViewModel vm = board();
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.EMPTY);
        assertThat(vm.canQuickAddProperty().get()).isFalse();

        vm.quickAddTextProperty().set("  Télésiège karaoke  ");
        assertThat(vm.canQuickAddProperty().get()).isTrue();
        vm.quickAdd();

        assertThat(vm.quickAddTextProperty().get()).isEmpty();
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.READY);
        Idea added = store.find(vm.getIds().get(0)).orElseThrow();
        assertThat(added.title()).isEqualTo("Télésiège karaoke");
        assertThat(added.status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(added.author()).isEqualTo("Camille");
        assertThat(vm.revealedProperty().get()).isEqualTo(added.id());
        assertThat(vm.canUndoProperty().get()).isTrue();
    }

    @Test
    void aQuickAddTheStoreRefusesGivesTheTypedTitleBackAndSaysSo() {
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean(true);
        IdeaStore refusing = (IdeaStore) java.lang.reflect.Proxy.newProxyInstance(IdeaStore.class.getClassLoader(),
                new Class<?>[] {IdeaStore.class}, (proxy, method, args) -> {
                    if (full.get() && method.getName().equals("add")) {
                        throw new org.offpiste.project.ProjectException(org.offpiste.project.Problem.DISK_FULL,
                                java.nio.file.Path.of("x.offpiste"), "full");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        BoardViewModel vm = new BoardViewModel(new BoardService(refusing, () -> "Camille"), executor, false);

        vm.quickAddTextProperty().set("Fossil karaoke");
        vm.quickAdd();

        assertThat(vm.quickAddTextProperty().get()).isEqualTo("Fossil karaoke");
        assertThat(vm.problemProperty().get()).isEqualTo("board.error.save");
        assertThat(store.count()).isZero();

        full.set(false);
        vm.quickAdd();
        assertThat(vm.quickAddTextProperty().get()).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void searchWaitsForTheTypingPauseThenFiltersAndSaysNoMatch() {
        idea("Télésiège karaoke", IdeaStatus.INBOX);
        idea("Snow poster", IdeaStatus.INBOX);
        BoardViewModel vm = board();
        int before = store.queryCount();

        vm.searchTextProperty().set("t");
        vm.searchTextProperty().set("tel");
        vm.searchTextProperty().set("telesiege");
        assertThat(store.queryCount()).isEqualTo(before);
        executor.runDelayed();

        assertThat(store.queryCount()).isEqualTo(before + 1);
        assertThat(titles(vm)).containsExactly("Télésiège karaoke");
        assertThat(vm.filteredProperty().get()).isTrue();

        vm.searchTextProperty().set("zebra");
        executor.runDelayed();
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.NO_MATCH);

        vm.clearFilters();
        executor.runDelayed();
        assertThat(vm.matchCountProperty().get()).isEqualTo(2);
        assertThat(vm.filteredProperty().get()).isFalse();
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.READY);
    }

    @Test
    void statusAndTagFiltersNarrowAndCountsFollowTheSearchAndTags() {
        idea("A", IdeaStatus.INBOX, "ski");
        idea("B", IdeaStatus.SHORTLIST, "ski", "night");
        idea("C", IdeaStatus.SHORTLIST, "summer");
        BoardViewModel vm = board();
        assertThat(vm.statusCountsProperty().get()).containsEntry(IdeaStatus.SHORTLIST, 2).containsEntry(IdeaStatus.INBOX, 1);

        vm.statusFilterProperty().set(IdeaStatus.SHORTLIST);
        assertThat(titles(vm)).containsExactlyInAnyOrder("B", "C");

        vm.filterByTag("ski");
        assertThat(titles(vm)).containsExactly("B");
        assertThat(vm.statusCountsProperty().get()).containsEntry(IdeaStatus.SHORTLIST, 1).containsEntry(IdeaStatus.INBOX, 1);

        vm.toggleTagFilter("ski");
        assertThat(titles(vm)).containsExactlyInAnyOrder("B", "C");
        assertThat(vm.getTags()).extracting(TagCount::tag).startsWith("ski");
        assertThat(vm.matchCountProperty().get()).isEqualTo(2);
        assertThat(vm.totalCountProperty().get()).isEqualTo(3);
    }

    @Test
    void sortReordersTheRows() {
        idea("Banana", IdeaStatus.PARKED);
        idea("apple", IdeaStatus.INBOX);
        idea("Cherry", IdeaStatus.SHORTLIST);
        BoardViewModel vm = board();
        assertThat(titles(vm)).containsExactly("Cherry", "apple", "Banana");

        vm.sortProperty().set(IdeaSort.TITLE);
        assertThat(titles(vm)).containsExactly("apple", "Banana", "Cherry");

        vm.sortProperty().set(IdeaSort.STATUS);
        assertThat(titles(vm)).containsExactly("apple", "Cherry", "Banana");
    }

    @Test
    void editorTypingIsWrittenAfterThePauseAsOneUndoStepAndCancelPutsTheIdeaBack() {
        Idea i = idea("Old title", IdeaStatus.INBOX);
        BoardViewModel vm = board();
        vm.openEditor(i.id());
        IdeaEditorViewModel ed = vm.editorProperty().get();

        ed.titleProperty().set("New");
        ed.titleProperty().set("New title");
        ed.bodyProperty().set("Sing on the chairlift");
        assertThat(store.find(i.id()).orElseThrow().title()).as("not before the pause").isEqualTo("Old title");
        executor.runDelayed();
        assertThat(store.find(i.id()).orElseThrow().body()).isEqualTo("Sing on the chairlift");
        ed.bodyProperty().set("Sing on the chairlift at dusk");
        executor.runDelayed();
        assertThat(store.find(i.id()).orElseThrow().body()).isEqualTo("Sing on the chairlift at dusk");
        assertThat(service.undoKind()).contains(BoardEdit.Kind.EDIT);

        ed.cancel();
        assertThat(vm.editorProperty().get()).isNull();
        Idea back = store.find(i.id()).orElseThrow();
        assertThat(back.title()).isEqualTo("Old title");
        assertThat(back.body()).isEmpty();
        assertThat(service.canUndo()).as("typed and cancelled: nothing to undo").isFalse();
    }

    @Test
    void editorTypingStillPendingIsWrittenWhenTheProjectCloses() {
        Idea i = idea("Old title", IdeaStatus.INBOX);
        BoardViewModel vm = board();
        vm.openEditor(i.id());
        vm.editorProperty().get().bodyProperty().set("Half a thought");

        vm.dispose();

        assertThat(store.find(i.id()).orElseThrow().body()).isEqualTo("Half a thought");
    }

    @Test
    void editorDraftsAndSaveMakeOneUndoStep() {
        Idea i = idea("Old title", IdeaStatus.INBOX);
        BoardViewModel vm = board();
        vm.openEditor(i.id());
        IdeaEditorViewModel ed = vm.editorProperty().get();
        ed.titleProperty().set("Draft title");
        executor.runDelayed();
        ed.titleProperty().set("Final title");
        ed.save();

        assertThat(store.find(i.id()).orElseThrow().title()).isEqualTo("Final title");
        vm.undo();
        assertThat(store.find(i.id()).orElseThrow().title()).isEqualTo("Old title");
        assertThat(service.undoKind()).isEmpty();
    }

    @Test
    void editorSavesTitleBodyTagsAndStatusAndCloses() {
        Idea i = idea("Old title", IdeaStatus.INBOX, "ski");
        idea("Other", IdeaStatus.INBOX, "snow");
        BoardViewModel vm = board();

        vm.openEditor(i.id());
        IdeaEditorViewModel ed = vm.editorProperty().get();
        assertThat(ed.getAuthor()).isEqualTo("Camille");
        assertThat(ed.canSaveProperty().get()).isFalse();
        ed.titleProperty().set("New title");
        ed.bodyProperty().set("Sing on the chairlift");
        assertThat(ed.addTag("#night ")).isTrue();
        assertThat(ed.addTag("SKI")).isFalse();
        assertThat(ed.suggestTags("sn")).containsExactly("snow");
        ed.statusProperty().set(IdeaStatus.SHORTLIST);
        ed.save();

        assertThat(vm.editorProperty().get()).isNull();
        Idea saved = store.find(i.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("New title");
        assertThat(saved.body()).isEqualTo("Sing on the chairlift");
        assertThat(saved.tags()).containsExactly("night", "ski");
        assertThat(saved.status()).isEqualTo(IdeaStatus.SHORTLIST);
        assertThat(vm.getPageCache().ideaAt(0).orElseThrow().title()).isEqualTo("New title");

        vm.undo();
        assertThat(store.find(i.id()).orElseThrow().title()).isEqualTo("Old title");
        vm.redo();
        assertThat(store.find(i.id()).orElseThrow().title()).isEqualTo("New title");
    }

    @Test
    void deleteOffersUndoAndUndoBringsTheIdeaBackThenRedoRemovesIt() {
        Idea i = idea("Doomed", IdeaStatus.INBOX);
        BoardViewModel vm = board();

        vm.delete(i.id());
        assertThat(vm.lastDeletedProperty().get()).isEqualTo(i);
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.EMPTY);
        assertThat(vm.undoKindProperty().get()).isEqualTo(BoardEdit.Kind.DELETE);

        vm.undo();
        assertThat(vm.lastDeletedProperty().get()).isNull();
        assertThat(titles(vm)).containsExactly("Doomed");
        assertThat(vm.canRedoProperty().get()).isTrue();

        vm.redo();
        assertThat(vm.getIds()).isEmpty();
    }

    @Test
    void setStatusMovesAnIdeaAndIsUndoable() {
        Idea i = idea("Move me", IdeaStatus.INBOX);
        BoardViewModel vm = board();
        vm.statusFilterProperty().set(IdeaStatus.INBOX);

        vm.setStatus(i.id(), IdeaStatus.PARKED);
        assertThat(vm.getIds()).isEmpty();
        assertThat(vm.statusCountsProperty().get()).containsEntry(IdeaStatus.PARKED, 1);

        vm.undo();
        assertThat(titles(vm)).containsExactly("Move me");
    }

    @Test
    void readOnlyBoardRefusesEveryEdit() {
        Idea i = idea("Keep", IdeaStatus.INBOX);
        BoardViewModel vm = new BoardViewModel(service, executor, true);
        vm.quickAddTextProperty().set("New");
        assertThat(vm.canQuickAddProperty().get()).isFalse();
        vm.quickAdd();
        vm.delete(i.id());
        vm.setStatus(i.id(), IdeaStatus.REJECTED);
        vm.openEditor(i.id());

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(i.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(vm.editorProperty().get().isReadOnly()).isTrue();
        assertThat(vm.editorProperty().get().canSaveProperty().get()).isFalse();
    }

    @Test
    void changesDuringAQueryAreCoalescedIntoOneMoreQueryAndTheLatestWins() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        BoardViewModel vm = new BoardViewModel(service, queued, false);
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.LOADING);
        assertThat(queued.pending()).isEqualTo(2); // the rows, and the counts with the tags

        for (int n = 0; n < 5; n++) {
            store.add(new NewIdea("Burst " + n, "", List.of("burst"), IdeaStatus.INBOX, "x"));
            service.addAll(List.of());
        }
        assertThat(queued.pending()).isEqualTo(2);

        queued.runOne();
        assertThat(store.queryCount()).isEqualTo(1);
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.LOADING);

        queued.runAll();
        assertThat(store.queryCount()).isEqualTo(2);
        assertThat(vm.matchCountProperty().get()).isEqualTo(5);
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.READY);
        assertThat(vm.statusCountsProperty().get()).containsEntry(IdeaStatus.INBOX, 5);
        assertThat(vm.getTags()).containsExactly(new TagCount("burst", 5));
    }

    @Test
    void sortAndStatusChangesDoNotRecountOrReloadTags() {
        idea("A", IdeaStatus.INBOX, "ski");
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        BoardViewModel vm = new BoardViewModel(service, queued, false);
        queued.runAll();

        vm.sortProperty().set(IdeaSort.TITLE);
        vm.statusFilterProperty().set(IdeaStatus.PARKED);
        assertThat(queued.pending()).isEqualTo(1);
        queued.runAll();
        assertThat(vm.screenStateProperty().get()).isEqualTo(BoardScreenState.NO_MATCH);

        vm.filterByTag("ski");
        assertThat(queued.pending()).isEqualTo(2);
        queued.runAll();
        assertThat(vm.statusCountsProperty().get()).containsEntry(IdeaStatus.INBOX, 1);
    }

    @Test
    void pageCacheLoadsByPagesAndStaysBounded() {
        store.addAll(IntStream.range(0, 5_000)
                .mapToObj(n -> new NewIdea("Idea " + n, "", List.of(), IdeaStatus.INBOX, "x")).toList());
        BoardViewModel vm = board();
        BoardRowsViewModel cache = vm.getPageCache();

        assertThat(cache.size()).isZero();
        assertThat(cache.ideaAt(0).orElseThrow().title()).isEqualTo("Idea 4999");
        assertThat(cache.size()).isEqualTo(BoardRowsViewModel.PAGE_SIZE);
        for (int i = 0; i < 5_000; i += 37) {
            cache.ideaAt(i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(BoardRowsViewModel.CAPACITY);
        assertThat(cache.ideaAt(4_999).orElseThrow().title()).isEqualTo("Idea 0");
    }

    @Test
    void disposeStopsListening() {
        BoardViewModel vm = board();
        vm.dispose();
        service.add("After", "", List.of(), IdeaStatus.INBOX);
        assertThat(vm.getIds()).isEmpty();
        assertThat(Set.of(vm.screenStateProperty().get())).containsExactly(BoardScreenState.EMPTY);
    }
}
