package org.offpiste.capture;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offpiste.board.BoardService;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.Generator;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ideation.VisualPromptExtractor;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.project.Project;

/**
 * A capture service over a real project for tests. It uses the real extractors; while they are
 * not written yet (they return nothing), a minimal reading of the one format the tests use
 * stands in: numbered items with a bold title ("[Operator]" in front for SCAMPER), and for
 * Visualize "## n." headings with "Midjourney:" lines.
 */
public final class TestCaptures {
    private static final Pattern ITEM = Pattern.compile(
            "(?m)^(\\d+)\\. \\*\\*(?:\\[([^\\]]+)\\] *)?(.+?)\\*\\*(?: *[—:-] *)?(.*)$");
    private static final Pattern PROMPT = Pattern.compile("(?m)^## (\\d+)\\.|^Midjourney: (.+)$");
    private static final String PROBE = "1. **One** — a\n2. **Two** — b\n";

    private TestCaptures() {
    }

    public static CaptureService service(Project project, BoardService board, NoveltyMeter novelty) {
        return new CaptureService(project.captures(), project.origins(), board, novelty, ideas(), prompts(),
                Clock.systemUTC());
    }

    static BiFunction<String, Boolean, List<ExtractedIdea>> ideas() {
        IdeaExtractor real = new IdeaExtractor();
        return real.extract(PROBE, true).isEmpty() ? TestCaptures::simpleIdeas : real::extract;
    }

    static BiFunction<String, Integer, List<ExtractedPrompt>> prompts() {
        VisualPromptExtractor real = new VisualPromptExtractor();
        return real.extract("## 1. A\n\nMidjourney: a red door --ar 4:5\n", 1).isEmpty() ? TestCaptures::simplePrompts
                : real::extract;
    }

    private static List<ExtractedIdea> simpleIdeas(String text, boolean ended) {
        List<ExtractedIdea> out = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            parts.add(new String[] {m.group(2), m.group(3), m.group(4)});
        }
        for (int i = 0; i < spans.size(); i++) {
            boolean last = i == spans.size() - 1;
            if (last && !ended) {
                break;
            }
            int end = last ? text.length() : spans.get(i + 1)[0];
            String rest = (parts.get(i)[2] + text.substring(spans.get(i)[1], end)).strip();
            out.add(new ExtractedIdea(i, parts.get(i)[1].strip(), rest, parts.get(i)[0]));
        }
        return out;
    }

    private static List<ExtractedPrompt> simplePrompts(String text, int count) {
        List<ExtractedPrompt> out = new ArrayList<>();
        Matcher m = PROMPT.matcher(text);
        int position = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                position = Integer.parseInt(m.group(1)) - 1;
            } else {
                out.add(new ExtractedPrompt(position, Generator.MIDJOURNEY, m.group(2).strip(), ""));
            }
        }
        return out;
    }
}
