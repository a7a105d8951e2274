package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a brief's success criteria text splits into criteria. */
class CriteriaLinesTest {
    @Test
    void bulletsAndNumbersGoButSignsAndFiguresStay() {
        assertThat(CriteriaLines.of("+20% evening passes\n-20% cost\n3.5 stars on the app\n- Safe\n1. Fun\n2) Cheap"
                + "\n* Loud\n• Short\n  a) Simple\n(3) Warm"))
                .containsExactly("+20% evening passes", "-20% cost", "3.5 stars on the app", "Safe", "Fun", "Cheap",
                        "Loud", "Short", "Simple", "Warm");
    }

    @Test
    void semicolonsSplitBlanksAndDuplicatesGo() {
        assertThat(CriteriaLines.of("Reply rate; meetings booked;\r\n\n  ;reply RATE\nRéponses\nreponses"))
                .containsExactly("Reply rate", "meetings booked", "Réponses");
        assertThat(CriteriaLines.of(null)).isEmpty();
        assertThat(CriteriaLines.of("  \n - \n")).isEmpty();
    }

    @Test
    void namesCompareWithoutCaseAccentsOrExtraSpaces() {
        assertThat(CriteriaLines.key("  Faisabilité   ÉLEVÉE ")).isEqualTo("faisabilite elevee");
    }

    @Test
    void oneSentenceListingCriteriaWithCommasNamesEach() {
        assertThat(CriteriaLines.of("Ticket sales, share of first-time visitors, people who come back a second time."))
                .containsExactly("Ticket sales", "share of first-time visitors", "people who come back a second time");
        assertThat(CriteriaLines.of("Reach 1,000 visitors, then 2,500")).containsExactly("Reach 1,000 visitors", "then 2,500");
        assertThat(CriteriaLines.of("Sales up 20%\nMore visitors, more often")).containsExactly("Sales up 20%", "More visitors, more often");
    }
}
