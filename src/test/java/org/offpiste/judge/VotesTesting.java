package org.offpiste.judge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Project;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;

/** A project with ideas on the board and the judgement context of the votes tab over it. */
final class VotesTesting {
    private VotesTesting() {
    }

    static JudgeContext context(Project project, TaskExecutor executor, boolean readOnly) {
        BoardService board = new BoardService(project.ideas(), () -> "Host");
        Judgement judgement = new Judgement(null, new VoteService(project.votes(), new SplittableRandom(3)), null);
        return new JudgeContext(board, judgement, null, () -> "Host", executor, readOnly);
    }

    /** Four ideas on the Shortlist, one in the Inbox, one parked; returns the shortlisted ones. */
    static List<Idea> board(Project project) {
        BoardService board = new BoardService(project.ideas(), () -> "Host");
        List<Idea> shortlisted = List.of(
                board.add("Lantern walk on the piste", "Torches and a guide at dusk.", List.of(), IdeaStatus.SHORTLIST),
                board.add("Fondue in the gondola", "A cabin becomes a tiny restaurant.", List.of(), IdeaStatus.SHORTLIST),
                board.add("Silent disco on skis", "Headphones, three channels.", List.of(), IdeaStatus.SHORTLIST),
                board.add("Stargazing lift", "The last chair-lift goes up with an astronomer.", List.of(),
                        IdeaStatus.SHORTLIST));
        board.add("Night sledging", "", List.of(), IdeaStatus.INBOX);
        board.add("Parked idea", "", List.of(), IdeaStatus.PARKED);
        return shortlisted;
    }

    /** Dialogs that confirm and record nothing else. */
    static DialogService confirming() {
        return confirming(new ArrayList<>());
    }

    /** Dialogs that confirm, adding each question asked to {@code asked}. */
    static DialogService confirming(List<String> asked) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
                                                   String... extensions) {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public Optional<String> askText(String title, String message, String initial) {
                return Optional.empty();
            }

            @Override
            public boolean confirm(String title, String message) {
                asked.add(message);
                return true;
            }
        };
    }
}
