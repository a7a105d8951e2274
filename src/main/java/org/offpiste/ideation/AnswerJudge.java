package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offpiste.ideation.AnswerWords.Verdict;

/**
 * Decides which nodes of an outline are ideas and returns, in order, those that are complete,
 * stopping at the first node that could still become an idea.
 */
final class AnswerJudge {

    private enum Status { IDEA, GROUP, NONE, PENDING }

    private final AnswerOutline outline;
    private final Map<AnswerNode, Status> statuses = new HashMap<>();
    private final Map<AnswerNode, ExtractTitle.Parsed> parsed = new HashMap<>();
    private final List<ExtractedIdea> ideas = new ArrayList<>();
    private boolean stopped;

    AnswerJudge(AnswerOutline outline) {
        this.outline = outline;
    }

    List<ExtractedIdea> ideas() {
        for (AnswerNode root : outline.roots) {
            visit(root);
            if (stopped) {
                break;
            }
        }
        return ideas;
    }

    private void visit(AnswerNode node) {
        Status s = status(node);
        if (s == Status.PENDING) {
            stopped = true;
            return;
        }
        if (s == Status.IDEA) {
            ExtractTitle.Parsed p = idea(node);
            ideas.add(new ExtractedIdea(ideas.size(), p.title(), p.body(), p.facet()));
            return;
        }
        for (AnswerNode child : node.children) {
            visit(child);
            if (stopped) {
                return;
            }
        }
    }

    private Status status(AnswerNode node) {
        Status s = statuses.get(node);
        if (s == null) {
            s = decide(node);
            statuses.put(node, s);
        }
        return s;
    }

    private Status decide(AnswerNode node) {
        if (node.type == AnswerNode.Type.JSON) {
            if (!node.closed()) {
                return Status.PENDING;
            }
            return node.parsed.title().isBlank() ? Status.NONE : Status.IDEA;
        }
        for (AnswerNode child : node.children) {
            Status c = status(child);
            if (c == Status.IDEA || c == Status.GROUP) {
                return Status.GROUP;
            }
        }
        if (excludedByItsLine(node)) {
            return Status.NONE;
        }
        if (!node.closed()) {
            return Status.PENDING;
        }
        return qualifies(node) ? Status.IDEA : Status.NONE;
    }

    /** What the node's own line and the headers before it already rule out. */
    private boolean excludedByItsLine(AnswerNode node) {
        if (node.context == Verdict.NOT_IDEAS) {
            return true;
        }
        String content = node.content;
        if (node.type == AnswerNode.Type.HEADING) {
            Verdict own = AnswerWords.verdict(content);
            if (!node.numbered && own != Verdict.NEUTRAL) {
                return true;
            }
            content = ExtractTitle.withoutNumber(content);
        }
        ExtractTitle.Parsed line = ExtractTitle.parse(content);
        if (node.nestedItem() && (line.facet().isEmpty() || !ExtractTitle.isOperator(line.facet()))) {
            return true;
        }
        if (line.title().isBlank()) {
            return node.type == AnswerNode.Type.HEADING;
        }
        return badTitle(line.title());
    }

    private static boolean badTitle(String title) {
        return title.contains("?") || AnswerWords.isLabel(title);
    }

    private boolean qualifies(AnswerNode node) {
        ExtractTitle.Parsed p = idea(node);
        if (p.title().isBlank() || badTitle(p.title())) {
            return false;
        }
        Set<String> analysis = new HashSet<>();
        for (String line : p.body().split("\n")) {
            String label = AnswerWords.analysisLabel(line);
            if (label != null) {
                analysis.add(label);
            }
        }
        if (analysis.size() >= 2) {
            return false;
        }
        boolean plain = node.type == AnswerNode.Type.ITEM && !node.content.startsWith("**")
                && !node.content.startsWith("__") && p.facet().isEmpty();
        if (plain && p.body().isBlank() && p.title().split("\\s+").length <= 3) {
            return false;
        }
        return (node.type != AnswerNode.Type.HEADING && node.type != AnswerNode.Type.LABEL) || node.numbered
                || !p.body().isBlank();
    }

    private ExtractTitle.Parsed idea(AnswerNode node) {
        return parsed.computeIfAbsent(node, this::read);
    }

    private ExtractTitle.Parsed read(AnswerNode node) {
        if (node.type == AnswerNode.Type.JSON) {
            return node.parsed;
        }
        String content = node.type == AnswerNode.Type.HEADING ? ExtractTitle.withoutNumber(node.content) : node.content;
        ExtractTitle.Parsed first = ExtractTitle.parse(content);
        List<String> rest = new ArrayList<>(outline.lines.subList(node.line + 1, Math.max(node.line + 1, node.end)));
        if (first.title().isBlank() || isTitleLabel(first.title())) {
            String firstBody = isTitleLabel(first.title()) ? first.body() : "";
            if (firstBody.isBlank()) {
                while (!rest.isEmpty() && rest.get(0).isBlank()) {
                    rest.remove(0);
                }
                firstBody = rest.isEmpty() ? "" : rest.remove(0).strip();
            }
            ExtractTitle.Parsed t = ExtractTitle.parse(firstBody.replaceFirst("(?i)^(\\*\\*)?(title|titre|name|nom)\\s*:\\s*(\\*\\*)?\\s*", ""));
            first = new ExtractTitle.Parsed(t.title(), t.body(), first.facet().isEmpty() ? t.facet() : first.facet());
        }
        String body = ExtractBody.of(first.body(), rest);
        body = body.replaceFirst("(?i)^(\\*\\*)?(description|desc|body|corps)\\s*:\\s*(\\*\\*)?\\s*", "");
        return new ExtractTitle.Parsed(first.title(), body, first.facet());
    }

    private static boolean isTitleLabel(String title) {
        return title.strip().matches("(?i)title|titre|name|nom");
    }
}
