package org.offpiste.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How complete a brief is, computed locally: a percentage and the findings, most important
 * first. Each field weighs by how much it sharpens the ideas; a weak field counts half.
 */
public final class BriefCheck {
    private static final Map<BriefField, Integer> WEIGHTS = new EnumMap<>(BriefField.class);
    /** A figure, a percentage or a word for a multiple, in English or French. */
    private static final Pattern MEASURE = Pattern.compile(
            "\\d|%|\\b(double|doubler|twice|triple|tripler|half|moitié|percent|pour ?cent|dozen|douzaine)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SHORT_INSIGHT_WORDS = 8;
    private static final int SHORT_AUDIENCE_WORDS = 3;

    static {
        WEIGHTS.put(BriefField.TITLE, 1);
        WEIGHTS.put(BriefField.CLIENT, 1);
        WEIGHTS.put(BriefField.OBJECTIVE, 3);
        WEIGHTS.put(BriefField.AUDIENCE, 2);
        WEIGHTS.put(BriefField.INSIGHT, 3);
        WEIGHTS.put(BriefField.CHANNELS, 1);
        WEIGHTS.put(BriefField.TONE, 1);
        WEIGHTS.put(BriefField.CONSTRAINTS, 1);
        WEIGHTS.put(BriefField.CLICHES, 2);
        WEIGHTS.put(BriefField.SUCCESS_CRITERIA, 2);
        WEIGHTS.put(BriefField.LANGUAGE, 1);
    }

    private BriefCheck() {
    }

    /** The result of a check: {@code percent} from 0 to 100, findings most important first. */
    public record Report(int percent, List<BriefFinding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }
    }

    public static Report check(Brief brief) {
        List<BriefFinding> findings = new ArrayList<>();
        missing(brief, BriefField.TITLE, "noTitle", findings);
        if (!missing(brief, BriefField.OBJECTIVE, "noObjective", findings)
                && !MEASURE.matcher(brief.get(BriefField.OBJECTIVE)).find()) {
            findings.add(BriefFinding.weak(BriefField.OBJECTIVE, "objectiveNoNumber"));
        }
        if (!missing(brief, BriefField.AUDIENCE, "noAudience", findings)
                && words(brief.get(BriefField.AUDIENCE)) < SHORT_AUDIENCE_WORDS) {
            findings.add(BriefFinding.weak(BriefField.AUDIENCE, "audienceVague"));
        }
        if (!missing(brief, BriefField.INSIGHT, "noInsight", findings)
                && words(brief.get(BriefField.INSIGHT)) < SHORT_INSIGHT_WORDS) {
            findings.add(BriefFinding.weak(BriefField.INSIGHT, "insightShort"));
        }
        missing(brief, BriefField.CLICHES, "noCliches", findings);
        missing(brief, BriefField.SUCCESS_CRITERIA, "noSuccessCriteria", findings);
        missing(brief, BriefField.CHANNELS, "noChannels", findings);
        missing(brief, BriefField.TONE, "noTone", findings);
        missing(brief, BriefField.CLIENT, "noClient", findings);
        missing(brief, BriefField.CONSTRAINTS, "noConstraints", findings);
        missing(brief, BriefField.LANGUAGE, "noLanguage", findings);
        return new Report(percent(findings), findings);
    }

    private static boolean missing(Brief brief, BriefField field, String name, List<BriefFinding> findings) {
        if (brief.get(field).isBlank()) {
            findings.add(BriefFinding.missing(field, name));
            return true;
        }
        return false;
    }

    private static int percent(List<BriefFinding> findings) {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum() * 2;
        int lost = findings.stream()
                .mapToInt(f -> WEIGHTS.getOrDefault(f.field(), 0) * (f.severity() == BriefFinding.Severity.MISSING ? 2 : 1))
                .sum();
        return Math.round(100f * (total - lost) / total);
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
