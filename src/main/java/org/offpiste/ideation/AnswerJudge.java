package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.offpiste.ideation.AnswerWords.Verdict;

/**
 * Decides which nodes of an outline are ideas and returns, in order, those that are complete,
 * stopping at the first node that could still become an idea.
 */
final class AnswerJudge {

    private enum Status { IDEA, GROUP, NONE, PENDING }

    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(\\*\\*)?(title|titre|name|nom)\\s*:\\s*(\\*\\*)?\\s*");
    private static final Pattern BODY_LABEL = Pattern.compile("(?i)^(\\*\\*)?(description|desc|body|corps)\\s*:\\s*(\\*\\*)?\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)title|titre|name|nom");
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
        if (node.type == AnswerNode.Type.HEADING && !node.numbered
                && AnswerWords.verdict(node.content) != Verdict.NEUTRAL) {
            return true;
        }
        ExtractTitle.Parsed line = node.head();
        if (node.nestedItem() && (line.facet().isEmpty() || !ExtractFacet.isOperator(line.facet()))) {
            return true;
        }
        if (node.type == AnswerNode.Type.ITEM && underNumberedTitle(node) && !node.content.startsWith("**")
                && !node.content.startsWith("__") && line.facet().isEmpty()) {
            return true;
        }
        if (line.title().isBlank()) {
            return node.type == AnswerNode.Type.HEADING && !node.numbered;
        }
        return badTitle(line.title());
    }

    /** A plain list under "### 2. Title" or "Idea 2:" is that idea's steps, not ideas. */
    private static boolean underNumberedTitle(AnswerNode node) {
        AnswerNode p = node.parent;
        return p != null && p.numbered && (p.type == AnswerNode.Type.HEADING || p.type == AnswerNode.Type.LABEL);
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
        if (plain && p.body().isBlank() && p.title().split(" ").length <= 3) {
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
        ExtractTitle.Parsed first = node.head();
        List<String> rest = new ArrayList<>(outline.lines.subList(node.line + 1, Math.max(node.line + 1, node.end)));
        if (first.title().isBlank() || isTitleLabel(first.title())) {
            String firstBody = isTitleLabel(first.title()) ? first.body() : "";
            if (firstBody.isBlank()) {
                while (!rest.isEmpty() && rest.get(0).isBlank()) {
                    rest.remove(0);
                }
                firstBody = rest.isEmpty() ? "" : rest.remove(0).strip();
            }
            ExtractTitle.Parsed t = ExtractTitle.parse(TITLE_LABEL.matcher(firstBody).replaceFirst(""));
            first = new ExtractTitle.Parsed(t.title(), t.body(), first.facet().isEmpty() ? t.facet() : first.facet());
        }
        String body = ExtractBody.of(first.body(), rest);
        body = BODY_LABEL.matcher(body).replaceFirst("");
        return new ExtractTitle.Parsed(first.title(), body, first.facet());
    }

    private static boolean isTitleLabel(String title) {
        return TITLE_WORD.matcher(title.strip()).matches();
    }
}
