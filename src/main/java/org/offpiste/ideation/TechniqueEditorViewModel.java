package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.offpiste.i18n.Messages;

/**
 * One technique in the editor, every field as a property in the interface's language. Saving
 * an own technique replaces it; anything else (a new one, a copy of a built-in one) is added as
 * a new own technique. A text the person changed is kept in the language they wrote it in; its
 * other language is cleared, so it shows the new text instead of an outdated translation.
 */
public final class TechniqueEditorViewModel {
    /** What the editor is doing. */
    public enum Mode { NEW, EDIT, COPY }

    static final List<String> ICONS = List.of("STAR", "SLIDERS", "ROTATE_CCW", "SHUFFLE", "USERS", "LOCK", "ZAP",
            "HELP_CIRCLE", "APERTURE", "SUN", "GRID", "EDIT_3", "COMPASS", "FEATHER", "GIFT", "HEART", "MAP",
            "MOON", "MUSIC", "TARGET", "TOOL", "TRENDING_UP", "UMBRELLA", "WIND");
    private final Messages messages;
    private final Locale locale;
    private final Mode mode;
    private final Technique original;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty whenToUse = new SimpleStringProperty(this, "whenToUse", "");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "");
    private final StringProperty instructions = new SimpleStringProperty(this, "instructions", "");
    private final ObjectProperty<DrawKind> draw = new SimpleObjectProperty<>(this, "draw", DrawKind.NONE);
    private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes", 20);
    private final StringProperty icon = new SimpleStringProperty(this, "icon", "STAR");
    private final BooleanBinding valid;

    TechniqueEditorViewModel(Messages messages, Mode mode, Technique original) {
        this.messages = messages;
        this.locale = messages.locale();
        this.mode = mode;
        this.original = original;
        if (original != null) {
            name.set(mode == Mode.COPY ? copyName(messages, original.name().in(locale)) : original.name().in(locale));
            summary.set(original.summary().in(locale));
            whenToUse.set(original.whenToUse().in(locale));
            steps.set(String.join("\n", original.steps().stream().map(s -> s.in(locale)).toList()));
            instructions.set(original.modelInstructions().in(locale));
            draw.set(original.draw());
            minutes.set(original.minutes());
            icon.set(original.icon());
        }
        valid = Bindings.createBooleanBinding(() -> problems().isEmpty(),
                name, summary, whenToUse, steps, instructions, draw);
    }

    static String copyName(Messages messages, String name) {
        return messages.get("ideation.editor.copyName", name);
    }

    // Properties

    public Mode mode() {
        return mode;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty whenToUseProperty() {
        return whenToUse;
    }

    /** The steps, one per line. */
    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty instructionsProperty() {
        return instructions;
    }

    public ObjectProperty<DrawKind> drawProperty() {
        return draw;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public StringProperty iconProperty() {
        return icon;
    }

    public List<String> icons() {
        return ICONS;
    }

    /** True when the technique can be saved. */
    public BooleanBinding validBinding() {
        return valid;
    }

    /** The dialog's title. */
    public String title() {
        return messages.get("ideation.editor.title." + mode.name().toLowerCase(Locale.ROOT));
    }

    /** Why the editor shows a copy (a built-in technique cannot be changed), or empty. */
    public String note() {
        return mode == Mode.COPY ? messages.get("ideation.editor.copyNote", original.name().in(locale)) : "";
    }

    /** The placeholders a text may use, for the help line. */
    public String placeholderHelp() {
        String fields = String.join(" ", Placeholders.BRIEF_FIELDS.keySet().stream().map(k -> "{" + k + "}").toList());
        return messages.get("ideation.editor.placeholders", fields);
    }

    // Validation (the view decorates the fields with these)

    public Optional<String> nameProblem(String value) {
        return value == null || value.isBlank() ? Optional.of(messages.get("ideation.editor.nameRequired"))
                : placeholderProblem(value);
    }

    public Optional<String> instructionsProblem(String value) {
        return value == null || value.isBlank() ? Optional.of(messages.get("ideation.editor.instructionsRequired"))
                : placeholderProblem(value);
    }

    /** An unknown {placeholder}, a stray brace, or a draw placeholder the chosen draw does not give. */
    public Optional<String> placeholderProblem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (Placeholders.hasStrayBrace(value)) {
            return Optional.of(messages.get("ideation.editor.strayBrace"));
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String p : Placeholders.names(value)) {
            if (!Placeholders.isKnown(p)) {
                unknown.add("{" + p + "}");
            } else {
                Optional<DrawKind> kind = DrawKind.ofPlaceholder(p);
                if (kind.isPresent() && kind.get() != draw.get()) {
                    return Optional.of(messages.get("ideation.editor.needsDraw", "{" + p + "}",
                            messages.get("ideation.editor.draw." + kind.get().name().toLowerCase(Locale.ROOT))));
                }
            }
        }
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of(messages.get("ideation.editor.unknownPlaceholder", String.join(", ", unknown)));
    }

    /** The draw chosen is never shown by any text (so nobody would see it). */
    public Optional<String> drawProblem() {
        Optional<String> p = draw.get().placeholder();
        if (p.isEmpty() || (instructions.get() + steps.get()).contains("{" + p.get() + "}")) {
            return Optional.empty();
        }
        return Optional.of(messages.get("ideation.editor.drawUnused", "{" + p.get() + "}"));
    }

    /** Every problem that stops saving. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        nameProblem(name.get()).ifPresent(all::add);
        instructionsProblem(instructions.get()).ifPresent(all::add);
        for (String text : List.of(summary.get(), whenToUse.get(), steps.get())) {
            placeholderProblem(text).ifPresent(all::add);
        }
        drawProblem().ifPresent(all::add);
        return all;
    }

    // Commands

    /** The technique as edited (the id of the one edited, or none yet for a new one). */
    public Technique technique() {
        String id = mode == Mode.EDIT ? original.id() : null;
        return new Technique(id, icon.get(), Math.max(1, minutes.get()), draw.get(),
                text(name.get(), mode == Mode.NEW ? null : original.name()),
                text(summary.get(), original == null ? null : original.summary()),
                text(whenToUse.get(), original == null ? null : original.whenToUse()),
                steps(), text(instructions.get(), original == null ? null : original.modelInstructions()));
    }

    private List<LocalizedText> steps() {
        List<String> lines = steps.get().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<LocalizedText> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LocalizedText was = original != null && i < original.steps().size() ? original.steps().get(i) : null;
            out.add(text(lines.get(i), was));
        }
        return out;
    }

    /** Unchanged: both languages as they were. Changed: this language only. */
    private LocalizedText text(String value, LocalizedText was) {
        String v = value == null ? "" : value.strip();
        if (was != null && was.in(locale).equals(v) && mode != Mode.NEW) {
            return was;
        }
        return "fr".equals(locale.getLanguage()) ? new LocalizedText("", v) : new LocalizedText(v, "");
    }
}
