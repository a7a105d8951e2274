package org.offpiste.brief;

import atlantafx.base.controls.RingProgressIndicator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The completeness ring and the short list of what the brief lacks; a click on a finding goes to its field. */
final class BriefMeterPane extends HBox {
    static final String STYLE = "brief-meter";
    static final PseudoClass WEAK = PseudoClass.getPseudoClass("weak");
    /** Findings shown before "Show more". */
    static final int SHORT_LIST = 3;

    private final BriefViewModel viewModel;
    private final Messages messages;
    private final Consumer<BriefField> goTo;
    private final RingProgressIndicator ring = new RingProgressIndicator(0, false);
    private final VBox list = new VBox();
    private final BooleanProperty expanded = new SimpleBooleanProperty();

    BriefMeterPane(BriefViewModel viewModel, Messages messages, Consumer<BriefField> goTo) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.goTo = goTo;
        getStyleClass().add(STYLE);
        ring.getStyleClass().add("brief-ring");
        ring.setId("brief-completeness");
        ring.setStringConverter(new StringConverter<>() {
            @Override
            public String toString(Double progress) {
                return messages.get("brief.meter.percent", Math.round(progress * 100));
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        ring.progressProperty().bind(viewModel.completenessProperty().divide(100.0));
        ring.accessibleTextProperty().bind(viewModel.completenessProperty()
                .map(p -> messages.get("brief.meter.accessible", p)));
        list.getStyleClass().add("brief-findings");
        list.setId("brief-findings");
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(ring, list);
        viewModel.findings().addListener((ListChangeListener<BriefFinding>) c -> refresh());
        expanded.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        List<BriefFinding> findings = viewModel.findings();
        list.getChildren().clear();
        Label title = new Label(messages.get(findings.isEmpty() ? "brief.meter.done" : "brief.meter.next"));
        title.getStyleClass().add("brief-findings-title");
        title.setWrapText(true);
        list.getChildren().add(title);
        int shown = expanded.get() ? findings.size() : Math.min(SHORT_LIST, findings.size());
        for (BriefFinding f : findings.subList(0, shown)) {
            list.getChildren().add(finding(f));
        }
        if (findings.size() > SHORT_LIST) {
            Hyperlink more = new Hyperlink(expanded.get() ? messages.get("brief.findings.less")
                    : messages.get("brief.findings.more", findings.size() - SHORT_LIST));
            more.getStyleClass().add("brief-findings-more");
            more.setOnAction(e -> expanded.set(!expanded.get()));
            list.getChildren().add(more);
        }
    }

    private Hyperlink finding(BriefFinding f) {
        boolean weak = f.severity() == BriefFinding.Severity.WEAK;
        Hyperlink link = new Hyperlink(messages.get(f.key()), new FontIcon(weak ? Feather.INFO : Feather.CIRCLE));
        link.getStyleClass().add("brief-finding");
        link.pseudoClassStateChanged(WEAK, weak);
        link.setWrapText(true);
        link.setUserData(f);
        link.setTooltip(new Tooltip(messages.get("brief.finding.tooltip")));
        link.setOnAction(e -> goTo.accept(f.field()));
        return link;
    }
}
