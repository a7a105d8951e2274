package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.settings.Settings;

class PaneLayoutViewModelTest {
    @TempDir
    Path config;

    @Test
    void collapsedPanesAndWidthsAreRememberedInTheSettings() {
        PaneLayoutViewModel layout = new PaneLayoutViewModel(new Settings(config));
        layout.resized(Map.of(PaneId.BRIEF, 300.0, PaneId.SPARRING, 300.0, PaneId.BOARD, 400.0));
        layout.setCollapsed(PaneId.BOARD, true);

        PaneLayoutViewModel again = new PaneLayoutViewModel(new Settings(config));

        assertThat(again.isCollapsed(PaneId.BOARD)).isTrue();
        assertThat(again.isCollapsed(PaneId.BRIEF)).isFalse();
        assertThat(again.weight(PaneId.BRIEF)).isCloseTo(0.3, within(0.001));
        assertThat(again.weight(PaneId.BOARD)).isCloseTo(0.4, within(0.001));
    }

    @Test
    void theLastOpenPaneCannotBeCollapsed() {
        PaneLayoutViewModel layout = new PaneLayoutViewModel(new Settings(config));
        layout.setCollapsed(PaneId.BRIEF, true);
        layout.setCollapsed(PaneId.BOARD, true);

        layout.setCollapsed(PaneId.SPARRING, true);

        assertThat(layout.isCollapsed(PaneId.SPARRING)).isFalse();
        assertThat(layout.canCollapse(PaneId.SPARRING)).isFalse();
        assertThat(layout.canCollapse(PaneId.BRIEF)).isTrue();
    }

    @Test
    void dividersGiveCollapsedPanesARailAndShareTheRestByWeight() {
        PaneLayoutViewModel layout = new PaneLayoutViewModel(new Settings(config));
        layout.resized(Map.of(PaneId.BRIEF, 250.0, PaneId.SPARRING, 250.0, PaneId.BOARD, 500.0));
        assertThat(layout.dividerPositions(0.02)).containsExactly(new double[] {0.25, 0.5}, within(1e-9));

        layout.setCollapsed(PaneId.BRIEF, true);

        double[] d = layout.dividerPositions(0.02);
        assertThat(d[0]).isCloseTo(0.02, within(1e-9));
        assertThat(d[1] - d[0]).isCloseTo(0.98 / 3, within(1e-9));
    }

    @Test
    void resizingWhileAPaneIsCollapsedKeepsItsWidthForLater() {
        PaneLayoutViewModel layout = new PaneLayoutViewModel(new Settings(config));
        double brief = layout.weight(PaneId.BRIEF);
        layout.setCollapsed(PaneId.BRIEF, true);

        layout.resized(Map.of(PaneId.BRIEF, 36.0, PaneId.SPARRING, 600.0, PaneId.BOARD, 200.0));

        assertThat(layout.weight(PaneId.BRIEF)).isEqualTo(brief);
        assertThat(layout.weight(PaneId.SPARRING) / layout.weight(PaneId.BOARD)).isCloseTo(3.0, within(1e-9));
    }
}
