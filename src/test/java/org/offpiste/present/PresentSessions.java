package org.offpiste.present;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.workshop.WorkshopState;
import org.offpiste.workshop.WorkshopStore;

/**
 * A real project file with the judgement services, as the window opens it; its workshop is the one
 * the test sets ({@link #workshop}), the rest is the real store.
 */
final class PresentSessions {
    final AtomicReference<WorkshopState> workshop = new AtomicReference<>();
    final Session session;

    PresentSessions(Path file) {
        Project real = new SqliteProjectFiles().create(file);
        WorkshopStore store = new WorkshopStore() {
            @Override
            public Optional<WorkshopState> load() {
                return Optional.ofNullable(workshop.get());
            }

            @Override
            public void save(WorkshopState state) {
                workshop.set(state);
            }

            @Override
            public void clear() {
                workshop.set(null);
            }
        };
        Project project = (Project) Proxy.newProxyInstance(Project.class.getClassLoader(), new Class<?>[] {Project.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("workshop")) {
                        return store;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        BriefService brief = new BriefService(project.briefs());
        SplittableRandom random = new SplittableRandom(3);
        session = new Session(project, brief, new BoardService(project.ideas(), () -> "tester"), null, null,
                new Judgement(new CriteriaService(project.criteria(), () -> ""), new VoteService(project.votes(), random),
                        new DuelService(project.duels(), random)));
    }

    Idea add(String title, String body, IdeaStatus status, String... tags) {
        return session.board().add(title, body, List.of(tags), status);
    }

    /** Adds ideas titled {@code titles} to the Shortlist, in order. */
    List<Idea> shortlist(String... titles) {
        return List.of(titles).stream().map(t -> add(t, "About " + t, IdeaStatus.SHORTLIST)).toList();
    }
}
