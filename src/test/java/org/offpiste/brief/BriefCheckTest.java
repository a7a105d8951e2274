package org.offpiste.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefCheckTest {
    private static final Brief FULL = Brief.empty()
            .with(BriefField.TITLE, "Fix-it Fridays")
            .with(BriefField.CLIENT, "Spokes & Solder")
            .with(BriefField.OBJECTIVE, "From 12 to 25 volunteers in six months.")
            .with(BriefField.AUDIENCE, "Retired tradespeople and engineering students.")
            .with(BriefField.INSIGHT, "Skilled people fear being asked something they cannot fix in front of strangers.")
            .with(BriefField.CHANNELS, "Instagram, posters")
            .with(BriefField.TONE, "Warm")
            .with(BriefField.CONSTRAINTS, "Budget 300 EUR")
            .with(BriefField.CLICHES, "Save the planet")
            .with(BriefField.SUCCESS_CRITERIA, "Sign-ups")
            .with(BriefField.LANGUAGE, "English");

    @Test
    void anEmptyBriefMissesEverythingButNotesAndScoresZero() {
        BriefCheck.Report report = BriefCheck.check(Brief.empty());

        assertThat(report.percent()).isZero();
        assertThat(report.findings()).extracting(BriefFinding::key).containsExactly(
                "brief.check.noTitle", "brief.check.noObjective", "brief.check.noAudience",
                "brief.check.noInsight", "brief.check.noCliches", "brief.check.noSuccessCriteria",
                "brief.check.noChannels", "brief.check.noTone", "brief.check.noClient",
                "brief.check.noConstraints", "brief.check.noLanguage");
        assertThat(report.findings()).allMatch(f -> f.severity() == BriefFinding.Severity.MISSING);
    }

    @Test
    void aFullBriefHasNoFindingsAndScoresAHundred() {
        BriefCheck.Report report = BriefCheck.check(FULL);

        assertThat(report.findings()).isEmpty();
        assertThat(report.percent()).isEqualTo(100);
    }

    @Test
    void anObjectiveWithoutANumberIsWeak() {
        List<BriefFinding> findings = BriefCheck.check(FULL.with(BriefField.OBJECTIVE, "More volunteers.")).findings();

        assertThat(findings).containsExactly(
                new BriefFinding(BriefField.OBJECTIVE, BriefFinding.Severity.WEAK, "brief.check.objectiveNoNumber"));
    }

    @Test
    void anObjectiveWithAPercentageOrAMultipleIsMeasurable() {
        for (String objective : List.of("Passer de 0,5 % à 3 %", "Double the regular fixers", "Doubler les inscrits")) {
            assertThat(BriefCheck.check(FULL.with(BriefField.OBJECTIVE, objective)).findings()).as(objective).isEmpty();
        }
    }

    @Test
    void aMissingInsightIsReportedAndAVeryShortOneIsWeak() {
        assertThat(BriefCheck.check(FULL.with(BriefField.INSIGHT, "  ")).findings())
                .extracting(BriefFinding::key).containsExactly("brief.check.noInsight");
        assertThat(BriefCheck.check(FULL.with(BriefField.INSIGHT, "They are busy.")).findings())
                .extracting(BriefFinding::key).containsExactly("brief.check.insightShort");
    }

    @Test
    void aOneWordAudienceIsVague() {
        assertThat(BriefCheck.check(FULL.with(BriefField.AUDIENCE, "Everyone")).findings())
                .extracting(BriefFinding::key).containsExactly("brief.check.audienceVague");
    }

    @Test
    void weakFindingsCostHalfOfMissingOnes() {
        int weak = BriefCheck.check(FULL.with(BriefField.INSIGHT, "Busy.")).percent();
        int missing = BriefCheck.check(FULL.with(BriefField.INSIGHT, "")).percent();

        assertThat(weak).isLessThan(100).isGreaterThan(missing);
        assertThat(100 - missing).isCloseTo(2 * (100 - weak), org.assertj.core.data.Offset.offset(1));
    }

    @Test
    void notesDoNotCountTowardsCompleteness() {
        assertThat(BriefCheck.check(FULL.with(BriefField.NOTES, "")).percent()).isEqualTo(100);
    }
}
