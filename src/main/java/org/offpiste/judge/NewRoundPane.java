package org.offpiste.judge;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;

/** The form of a new round: name, candidates, dots each, several dots on one idea and at most how many, anonymous. */
final class NewRoundPane extends VBox {
    private static final int MAX_DOTS = 99;

    NewRoundPane(VotesViewModel vm, Messages messages) {
        setSpacing(12);
        getStyleClass().add(VoteStyles.FORM);
        Label heading = new Label(messages.get("votes.new.title"));
        heading.getStyleClass().add(VoteStyles.HEADING);

        TextField name = new TextField();
        name.setId("vote-new-name");
        name.textProperty().bindBidirectional(vm.newNameProperty());

        ToggleGroup group = new ToggleGroup();
        RadioButton shortlist = new RadioButton();
        shortlist.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("votes.new.shortlist", vm.shortlistedProperty().get()), vm.shortlistedProperty()));
        RadioButton both = new RadioButton();
        both.setId("vote-new-inbox");
        both.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("votes.new.inboxAndShortlist", vm.inboxAndShortlistProperty().get()),
                vm.inboxAndShortlistProperty()));
        shortlist.setToggleGroup(group);
        both.setToggleGroup(group);
        (vm.withInboxProperty().get() ? both : shortlist).setSelected(true);
        both.selectedProperty().addListener((o, was, now) -> vm.withInboxProperty().set(now));

        Spinner<Integer> dots = new Spinner<>();
        dots.setId("vote-new-dots");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_DOTS, Math.max(1, vm.newDotsProperty().get()));
        dots.setValueFactory(values);
        dots.setEditable(true);
        vm.newDotsProperty().addListener((o, was, now) -> values.setValue(Math.max(1, now.intValue())));
        values.valueProperty().addListener((o, was, now) -> vm.newDotsProperty().set(now == null ? 1 : now));
        Label hint = new Label(messages.get("votes.new.dotsHint"));
        hint.getStyleClass().add(VoteStyles.HINT);

        CheckBox several = new CheckBox(messages.get("votes.new.several"));
        several.selectedProperty().bindBidirectional(vm.severalProperty());
        Spinner<Integer> most = mostPerIdea(vm);
        most.disableProperty().bind(vm.severalProperty().not());
        HBox mostRow = new HBox(8, new Label(messages.get("votes.new.maxPerIdea")), most);
        mostRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox anonymous = new CheckBox(messages.get("votes.new.anonymous"));
        anonymous.setId("vote-new-anonymous");
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());

        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("votes.new.name")), name);
        grid.addRow(1, new Label(messages.get("votes.new.candidates")), new VBox(6, shortlist, both));
        hint.setWrapText(true);
        grid.addRow(2, new Label(messages.get("votes.new.dots")), new VBox(4, dots, hint));
        grid.add(new VBox(6, several, mostRow), 1, 3);
        grid.add(anonymous, 1, 4);

        Button open = new Button(messages.get("votes.new.open"));
        open.setId("vote-new-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.newNameProperty().get().isBlank(),
                vm.newNameProperty()));
        open.setOnAction(e -> vm.openRound());
        Button cancel = new Button(messages.get("votes.new.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancelNew());
        HBox buttons = new HBox(8, cancel, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(heading, grid, buttons);
    }

    /** At most so many dots on one idea: all of them (the dots each) until the person picks fewer. */
    private static Spinner<Integer> mostPerIdea(VotesViewModel vm) {
        Spinner<Integer> most = new Spinner<>();
        most.setId("vote-new-max-per-idea");
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, MAX_DOTS, shown(vm));
        most.setValueFactory(values);
        most.setEditable(true);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            values.setMax(Math.max(1, vm.newDotsProperty().get()));
            values.setValue(shown(vm));
            syncing[0] = false;
        };
        sync.run();
        vm.newDotsProperty().addListener((o, was, now) -> sync.run());
        vm.maxPerIdeaProperty().addListener((o, was, now) -> sync.run());
        values.valueProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now != null) {
                vm.maxPerIdeaProperty().set(now >= vm.newDotsProperty().get() ? 0 : now);
            }
        });
        return most;
    }

    private static int shown(VotesViewModel vm) {
        int dots = Math.max(1, vm.newDotsProperty().get());
        int most = vm.maxPerIdeaProperty().get();
        return most > 0 ? Math.min(most, dots) : dots;
    }
}
