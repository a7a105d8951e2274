package org.offpiste.facilitate;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;

/**
 * The agenda editor: the blocks in order with their options, added from the seven kinds, moved,
 * removed; the total time; saving as a template and loading one; starting it on the board.
 */
public final class AgendaEditorViewModel {
    private final Messages m;
    private final RoundTexts texts;
    private final TemplateList templates;
    private final List<TechniqueChoice> techniques;
    private final Consumer<Agenda> startOnBoard;
    private final ObservableList<Block> blocks = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();

    /**
     * @param start        the agenda to begin with
     * @param startOnBoard starts an agenda on the board (the facilitator's workshop)
     */
    public AgendaEditorViewModel(Messages messages, Function<String, String> techniqueName,
                                 List<TechniqueChoice> techniques, TemplateList templates, Agenda start,
                                 Consumer<Agenda> startOnBoard) {
        this.m = messages;
        this.texts = new RoundTexts(messages, techniqueName);
        this.techniques = List.copyOf(techniques);
        this.templates = templates;
        this.startOnBoard = startOnBoard;
        total.bind(Bindings.createStringBinding(() -> m.get("workshop.editor.total", texts.length(
                blocks.stream().map(Block::duration).reduce(Duration.ZERO, Duration::plus))), blocks));
        load(start);
    }

    // ---- Properties

    public ObservableList<Block> blocks() {
        return blocks;
    }

    /** The selected block's position; -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The agenda's name (a template is saved under it). */
    public StringProperty nameProperty() {
        return name;
    }

    /** "Total: 1 h 30 min". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** What just happened (saved), or why it could not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public TemplateList templates() {
        return templates;
    }

    public List<TechniqueChoice> techniques() {
        return techniques;
    }

    public BooleanBinding emptyBinding() {
        return Bindings.isEmpty(blocks);
    }

    // ---- Texts

    public String blockName(Block b) {
        return texts.name(b);
    }

    public String blockLength(Block b) {
        return texts.length(b.duration());
    }

    public String blockOptions(Block b) {
        return texts.options(b);
    }

    public String kindName(BlockKind kind) {
        return m.get(kind.nameKey());
    }

    public String kindDescription(BlockKind kind) {
        return m.get(kind.descriptionKey());
    }

    // ---- Commands

    /** Replaces the agenda being edited with {@code agenda} (a template). */
    public void load(Agenda agenda) {
        if (agenda == null) {
            return;
        }
        name.set(agenda.name());
        blocks.setAll(agenda.blocks());
        selected.set(blocks.isEmpty() ? -1 : 0);
        notice.set(null);
    }

    /** Adds a block of {@code kind} with its usual options after the selected one (or at the end), and selects it. */
    public void add(BlockKind kind) {
        int at = selected.get() < 0 ? blocks.size() : selected.get() + 1;
        blocks.add(at, Block.standard(kind));
        selected.set(at);
    }

    public void remove() {
        int i = selected.get();
        if (i >= 0 && i < blocks.size()) {
            blocks.remove(i);
            selected.set(Math.min(i, blocks.size() - 1));
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        int i = selected.get();
        int to = i + by;
        if (i < 0 || i >= blocks.size() || to < 0 || to >= blocks.size()) {
            return;
        }
        Block b = blocks.remove(i);
        blocks.add(to, b);
        selected.set(to);
    }

    /** The selected block, or null. */
    public Block selectedBlock() {
        int i = selected.get();
        return i >= 0 && i < blocks.size() ? blocks.get(i) : null;
    }

    public void setMinutes(int minutes) {
        edit(b -> BlockEdits.minutes(b, minutes));
    }

    public void setTechnique(String id) {
        edit(b -> BlockEdits.technique(b, id));
    }

    public void setDots(int dots) {
        edit(b -> BlockEdits.dots(b, dots));
    }

    public void setMaxPerIdea(int max) {
        edit(b -> BlockEdits.maxPerIdea(b, max));
    }

    public void setAnonymous(boolean anonymous) {
        edit(b -> BlockEdits.anonymous(b, anonymous));
    }

    public void setTopN(int n) {
        edit(b -> BlockEdits.topN(b, n));
    }

    public void setRounds(int rounds) {
        edit(b -> BlockEdits.rounds(b, rounds));
    }

    public void setRoundMinutes(int minutes) {
        edit(b -> BlockEdits.roundMinutes(b, minutes));
    }

    private void edit(UnaryOperator<Block> change) {
        Block b = selectedBlock();
        if (b != null) {
            Block changed = change.apply(b);
            if (!changed.equals(b)) {
                blocks.set(selected.get(), changed);
            }
        }
    }

    /** Saves the agenda as a template under its name. */
    public void saveAsTemplate() {
        if (name.get() == null || name.get().isBlank()) {
            notice.set(m.get("workshop.editor.needsName"));
            return;
        }
        Agenda agenda = agenda();
        templates.save(agenda, () -> notice.set(m.get("workshop.editor.saved", agenda.name())));
    }

    /** Starts the agenda on the board (everyone moves to its first round). */
    public void startOnBoard() {
        if (!blocks.isEmpty()) {
            startOnBoard.accept(agenda());
        }
    }

    /** The agenda as edited (unnamed: "Agenda"). */
    public Agenda agenda() {
        String n = name.get() == null || name.get().isBlank() ? m.get("workshop.editor.defaultName") : name.get();
        return new Agenda(n, List.copyOf(blocks));
    }
}
