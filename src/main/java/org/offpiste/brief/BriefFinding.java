package org.offpiste.brief;

/**
 * Something a brief lacks ({@link Severity#MISSING}) or says too vaguely ({@link Severity#WEAK}).
 * {@code key} is the resource-bundle key of the sentence that tells the person.
 */
public record BriefFinding(BriefField field, Severity severity, String key) {

    public enum Severity { MISSING, WEAK }

    static BriefFinding missing(BriefField field, String name) {
        return new BriefFinding(field, Severity.MISSING, "brief.check." + name);
    }

    static BriefFinding weak(BriefField field, String name) {
        return new BriefFinding(field, Severity.WEAK, "brief.check." + name);
    }
}
