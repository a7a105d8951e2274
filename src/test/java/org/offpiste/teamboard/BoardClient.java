package org.offpiste.teamboard;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.offpiste.board.BoardService;
import org.offpiste.board.EditResult;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.PostgresTeamBoards;

/**
 * One participant's Offpiste, reduced to its store: a separate process for {@link MultiClientTest}.
 * {@code BoardClient HOST PORT DATABASE USER NAME}, the password in {@code OFFPISTE_CLIENT_PASSWORD}; NAME is
 * the person's name on their edits.
 * Connects through {@link PostgresTeamBoards#connect} as the program does, follows the board's
 * {@link BoardFeed}, prints {@code ready}, then obeys one command a line on standard input, answering
 * on standard output:
 * <ul>
 * <li>{@code add TITLE} → {@code added ID}</li>
 * <li>{@code wait-idea TITLE TIMEOUT_MS} → {@code waiting}, then {@code seen ID LATENCY_MS} (from the idea's
 * last change, as the writer's clock stamped it, to this client reading it after its feed said so) or
 * {@code timeout}. Never polls: it reads the board again only when the feed reports a change.</li>
 * <li>{@code get ID} → {@code idea ID UPDATED_AT_MS TITLE}: the idea as this person last saw it</li>
 * <li>{@code edit ID BASE_MS TITLE} → {@code edited UPDATED_AT_MS} or {@code conflict THEIR_TITLE}: a new title
 * for the idea as {@code get} showed it at BASE_MS, through {@link BoardService#edit(Idea, String, String, List,
 * IdeaStatus)} as the window's editor writes it</li>
 * <li>{@code vote ROUND PARTICIPANT IDEA...} → {@code voted ATTEMPTS}, {@code refused RULE} or {@code failed PROBLEM}
 * (while the server is away the vote is sent again, as the program sends what was typed once it is back)</li>
 * <li>{@code voters K} (K more connections), {@code ballot SLOT ROUND PARTICIPANT IDEA...}, {@code go EPOCH_MS}:
 * see {@link Voters}</li>
 * <li>{@code count} → {@code count N}; {@code events} → {@code events changes=N offline=N online=N};
 * {@code wait-back TIMEOUT_MS} → {@code back MS_WAITED} once the feed has told of the server going away and
 * coming back (the window's offline banner gone), or {@code timeout}; {@code quit}</li>
 * </ul>
 * A failed command answers {@code error CLASS MESSAGE} and the client goes on.
 */
public final class BoardClient {
    static final String PASSWORD_ENV = "OFFPISTE_CLIENT_PASSWORD";
    /** How long a vote is sent again while the server is away. */
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final int PAGE = 60;
    private final Project project;
    private final BoardService board;
    private final Map<Long, Idea> seen = new HashMap<>();
    private final FeedWatch feed;
    private final Voters voters;
    private final PrintStream out;

    private BoardClient(Project project, String name, FeedWatch feed, Voters voters, PrintStream out) {
        this.project = project;
        this.board = new BoardService(project.ideas(), () -> name);
        this.feed = feed;
        this.voters = voters;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TeamBoardAddress address = new TeamBoardAddress(args[0], Integer.parseInt(args[1]), args[2], args[3],
                TlsMode.DISABLE);
        String given = System.getenv(PASSWORD_ENV);
        char[] password = given == null ? new char[0] : given.toCharArray();
        PostgresTeamBoards boards = new PostgresTeamBoards();
        FeedWatch feed = new FeedWatch();
        try (Project project = boards.connect(address, password.clone());
             Voters voters = new Voters(() -> boards.connect(address, password.clone()));
             BoardFeed.Subscription subscription = project.feed().subscribe(feed)) {
            out.println("ready");
            BoardClient client = new BoardClient(project, args.length > 4 ? args[4] : "client", feed, voters,
                    out);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("quit")) {
                client.obey(line.strip());
            }
            out.println("bye");
        }
    }

    private void obey(String line) {
        List<String> w = Arrays.asList(line.split(" +"));
        try {
            switch (w.get(0)) {
                case "add" -> out.println("added " + project.ideas().add(new NewIdea(rest(w, 1, 0), "",
                        List.of(), IdeaStatus.INBOX, "client")).id());
                case "wait-idea" -> waitIdea(rest(w, 1, 1), Long.parseLong(w.get(w.size() - 1)));
                case "get" -> {
                    Idea i = project.ideas().find(Long.parseLong(w.get(1))).orElseThrow();
                    seen.put(i.id(), i);
                    out.println("idea " + i.id() + " " + i.updatedAt().toEpochMilli() + " " + i.title());
                }
                case "edit" -> edit(Long.parseLong(w.get(1)), Long.parseLong(w.get(2)), rest(w, 3, 0));
                case "vote" -> vote(Long.parseLong(w.get(1)), w.get(2), ids(w, 3));
                case "voters" -> out.println("voters " + voters.open(Integer.parseInt(w.get(1))));
                case "ballot" -> out.println("queued " + voters.queue(Integer.parseInt(w.get(1)), Long.parseLong(w.get(2)),
                        w.get(3), ids(w, 4)));
                case "go" -> voters.go(Long.parseLong(w.get(1)), out);
                case "count" -> out.println("count " + project.ideas().count());
                case "events" -> out.println("events " + feed.summary());
                case "wait-back" -> {
                    long t0 = System.nanoTime();
                    boolean back = feed.awaitBack(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(Long.parseLong(w.get(1))));
                    out.println(back ? "back " + (System.nanoTime() - t0) / 1_000_000 : "timeout");
                }
                default -> out.println("error unknown-command " + w.get(0));
            }
        } catch (Exception e) {
            out.println("error " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    /** Waits, without polling, until the board shows an idea titled {@code title}. */
    private void waitIdea(String title, long timeoutMs) throws InterruptedException {
        long deadline = FeedWatch.deadline(timeoutMs);
        long seen = feed.generation();
        Optional<Idea> found = titled(title);
        out.println("waiting");
        while (found.isEmpty()) {
            if (!feed.awaitAfter(seen, feed.nanosLeft(deadline))) {
                out.println("timeout");
                return;
            }
            seen = feed.generation();
            found = titled(title);
        }
        Idea idea = found.get();
        double latency = Duration.between(idea.updatedAt(), Instant.now()).toNanos() / 1e6;
        out.println("seen " + idea.id() + " " + String.format(java.util.Locale.ROOT, "%.1f", latency));
    }

    /** The first page of the board as the window reads it after a change (newest first), searched for the title. */
    private Optional<Idea> titled(String title) {
        long[] all = project.ideas().queryIds(IdeaQuery.all());
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGE, all.length); i++) {
            first.add(all[i]);
        }
        return project.ideas().findAll(first).stream().filter(i -> i.title().equals(title)).findFirst();
    }

    private void edit(long id, long baseMillis, String title) {
        Idea base = seen.get(id);
        if (base == null || base.updatedAt().toEpochMilli() != baseMillis) {
            throw new IllegalArgumentException("not seen at " + baseMillis + ": " + id);
        }
        EditResult r = board.edit(base, title, base.body(), base.tags(), base.status());
        out.println(r.conflicted() ? "conflict " + r.idea().title() : "edited " + r.idea().updatedAt().toEpochMilli());
    }

    private void vote(long round, String participant, List<Long> dots) throws InterruptedException {
        VoteService votes = new VoteService(project.votes(), new Random(1));
        long deadline = FeedWatch.deadline(RETRY.toMillis());
        for (int attempt = 1; ; attempt++) {
            try {
                votes.cast(round, participant, dots);
                out.println("voted " + attempt);
                return;
            } catch (VoteRuleException e) {
                out.println("refused " + e.rule());
                return;
            } catch (ProjectException e) {
                if (!away(e) || feed.nanosLeft(deadline) <= 0) {
                    out.println("failed " + e.problem());
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private static boolean away(ProjectException e) {
        return switch (e.problem()) {
            case OFFLINE, UNREACHABLE, IO -> true;
            default -> false;
        };
    }

    private static List<Long> ids(List<String> words, int from) {
        return words.subList(from, words.size()).stream().map(Long::parseLong).toList();
    }

    /** The words from {@code from}, leaving {@code dropLast} words at the end, joined by spaces. */
    private static String rest(List<String> words, int from, int dropLast) {
        return String.join(" ", words.subList(from, words.size() - dropLast));
    }
}
