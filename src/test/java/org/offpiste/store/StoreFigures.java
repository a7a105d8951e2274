package org.offpiste.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;

/**
 * Informal figures for the store with a large project (not a test; the bench harness owns the
 * real measurements): {@code StoreFigures DIR [IDEAS]}.
 */
public final class StoreFigures {
    private static final String[] SYLLABLES = {"ski", "neige", "télé", "siège", "nuit", "lune", "piste", "café",
        "glace", "pente", "sommet", "chalet", "glow", "snow", "moon", "lift", "race", "trail", "étoile", "hiver",
        "brand", "event", "poster", "radio", "film", "game", "app", "club", "ticket", "season"};

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private StoreFigures() {
    }

    static String word(Random r) {
        return SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)].substring(0, 2)
                + r.nextInt(50);
    }

    static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(word(r));
        }
        return b.toString();
    }

    static List<NewIdea> ideas(int n, Random r) {
        List<NewIdea> out = new ArrayList<>(n);
        IdeaStatus[] statuses = IdeaStatus.values();
        for (int i = 0; i < n; i++) {
            List<String> tags = new ArrayList<>();
            for (int t = r.nextInt(4); t > 0; t--) {
                tags.add("tag" + r.nextInt(200));
            }
            out.add(new NewIdea(words(r, 4 + r.nextInt(7)), words(r, 10 + r.nextInt(41)), tags,
                    statuses[r.nextInt(statuses.length)], "bench"));
        }
        return out;
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path file = dir.resolve("figures.offpiste");
        Files.deleteIfExists(file);
        Random r = new Random(42);
        List<NewIdea> ideas = ideas(n, r);
        try (Project p = StoreTesting.files().create(file)) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            p.ideas().addAll(ideas);
            System.out.printf("addAll %d ideas: %.0f ms (thread CPU %.0f ms)%n", n, ms(t),
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        if (!PostgresTesting.backendIsPostgres()) {
            System.out.printf("file size: %.1f MB%n", Files.size(file) / 1e6);
        }
        if (Boolean.getBoolean("addOnly")) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Project p = StoreTesting.files().open(file);
            double open = ms(t);
            t = System.nanoTime();
            long[] ids = p.ideas().queryIds(IdeaQuery.all());
            var first = p.ideas().findAll(Arrays.stream(ids).limit(60).boxed().toList());
            int lanes = p.ideas().countByStatus(IdeaQuery.all()).size() + p.ideas().tags().size();
            System.out.printf("open: %.0f ms, + board (%d ids, %d cards, counts, %d tags): %.0f ms%n", open,
                    ids.length, first.size(), lanes - 4, ms(t));
            p.close();
        }
        try (Project p = StoreTesting.files().open(file)) {
            if (!PostgresTesting.backendIsPostgres()) {
                long t = System.nanoTime();
                StoreTesting.scalar(p, "PRAGMA quick_check");
                System.out.printf("full PRAGMA quick_check (not used at open): %.0f ms%n", ms(t));
            }
            for (IdeaSort sort : IdeaSort.values()) {
                time("queryIds sort " + sort, 20, () -> p.ideas().queryIds(IdeaQuery.all().withSort(sort)).length);
                time("queryIds tag + sort " + sort, 20, () -> p.ideas().queryIds(IdeaQuery.all().withSort(sort)
                        .withTags(Set.of("tag" + r.nextInt(200)))).length);
            }
            time("queryIds two tags", 20, () -> p.ideas().queryIds(IdeaQuery.all()
                    .withTags(Set.of("tag" + r.nextInt(100), "tag" + (100 + r.nextInt(100))))).length);
            time("queryIds status filter", 20, () -> p.ideas().queryIds(IdeaQuery.all()
                    .withStatuses(Set.of(IdeaStatus.SHORTLIST))).length);
            time("countByStatus", 20, () -> p.ideas().countByStatus(IdeaQuery.all()).size());
            time("tags()", 20, () -> p.ideas().tags().size());
            time("search 1 word prefix", 200, () -> p.ideas().queryIds(IdeaQuery.all()
                    .withText(SYLLABLES[r.nextInt(SYLLABLES.length)].substring(0, 3))).length);
            time("search 1 full word", 200, () -> p.ideas().queryIds(IdeaQuery.all().withText(word(r))).length);
            time("search 2 words + counts", 200, () -> {
                IdeaQuery q = IdeaQuery.all().withText(word(r).substring(0, 4) + " " + word(r).substring(0, 3));
                return p.ideas().queryIds(q).length + p.ideas().countByStatus(q).size();
            });
            time("search accented prefix 'tele'", 50, () -> p.ideas().queryIds(IdeaQuery.all().withText("tele")).length);
            time("query() all ideas (export)", 3, () -> p.ideas().query(IdeaQuery.all()).size());
        }
    }

    interface Work {
        int run();
    }

    static void time(String what, int times, Work work) {
        work.run();
        double[] t = new double[times];
        int size = 0;
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            size = work.run();
            t[i] = ms(s);
        }
        Arrays.sort(t);
        System.out.printf("%-36s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (last size %d)%n", what,
                t[times / 2], t[(int) Math.ceil(times * 0.95) - 1], t[times - 1], size);
    }
}
