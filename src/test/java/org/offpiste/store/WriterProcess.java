package org.offpiste.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefVersion;
import org.offpiste.project.Project;

/**
 * A separate Offpiste process for the crash and lock tests. {@code hold FILE}: opens the project
 * and keeps it open. {@code write FILE N}: writes without pause, printing {@code ack <n> ...}
 * once each write has committed, numbering writes from N + 1.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (Project p = new SqliteProjectFiles().open(Path.of(args[1]))) {
            out.println("ready");
            out.flush();
            if (args[0].equals("hold")) {
                Thread.sleep(Long.MAX_VALUE);
            }
            write(p, Long.parseLong(args[2]), out);
        }
    }

    private static void write(Project p, long start, PrintStream out) {
        long n = start;
        long lastIdea = -1;
        while (true) {
            n++;
            int kind = (int) (n % 10);
            if (kind == 9) {
                List<NewIdea> bulk = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    bulk.add(new NewIdea("bulk " + n + " " + i, "imported", List.of("bulk", "b" + i % 7),
                            IdeaStatus.PARKED, "csv"));
                }
                List<Idea> added = p.ideas().addAll(bulk);
                out.println("ack " + n + " bulk " + added.get(0).id() + " " + added.size());
            } else if (kind < 4 || lastIdea < 0) {
                Idea i = p.ideas().add(new NewIdea("idea " + n, "body " + n, List.of("t" + n % 5), IdeaStatus.INBOX,
                        "writer"));
                lastIdea = i.id();
                out.println("ack " + n + " add " + i.id());
            } else if (kind < 7) {
                Idea i = p.ideas().find(lastIdea).orElseThrow();
                p.ideas().update(i.withContent(i.title(), "edited " + n, List.of("e" + n % 3), IdeaStatus.SHORTLIST));
                out.println("ack " + n + " edit " + lastIdea);
            } else {
                Optional<BriefVersion> latest = p.briefs().latest();
                Brief b = latest.map(BriefVersion::brief).orElse(Brief.empty()).with(BriefField.NOTES, "note " + n);
                if (latest.isEmpty() || n % 50 == 7) {
                    p.briefs().append(b);
                } else {
                    p.briefs().amend(latest.get().id(), b);
                }
                out.println("ack " + n + " brief");
            }
            out.flush();
        }
    }
}
