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
 * A capture service over a real project for tests, with the real extractors. While the image
 * prompt extractor is not written yet (it returns nothing), a minimal reading of the one format
 * the tests use stands in: "## n." headings with "Midjourney:" lines.
 */
public final class TestCaptures {
    private static final Pattern PROMPT = Pattern.compile("(?m)^## (\\d+)\\.|^Midjourney: (.+)$");

    private TestCaptures() {
    }

    public static CaptureService service(Project project, BoardService board, NoveltyMeter novelty) {
        return new CaptureService(project.captures(), project.origins(), board, novelty, ideas(), prompts(),
                Clock.systemUTC());
    }

    static BiFunction<String, Boolean, List<ExtractedIdea>> ideas() {
        return new IdeaExtractor()::extract;
    }

    static BiFunction<String, Integer, List<ExtractedPrompt>> prompts() {
        VisualPromptExtractor real = new VisualPromptExtractor();
        return real.extract("## 1. A\n\nMidjourney: a red door --ar 4:5\n", 1).isEmpty() ? TestCaptures::simplePrompts
                : real::extract;
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
