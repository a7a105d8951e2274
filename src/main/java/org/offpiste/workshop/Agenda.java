package org.offpiste.workshop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A workshop's plan: a name and its blocks in order. Immutable: every edit returns a new agenda,
 * so a template and the agenda being run never share changes.
 */
public record Agenda(String name, List<Block> blocks) {
    public Agenda {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An agenda needs a name");
        }
        name = name.strip();
        blocks = List.copyOf(blocks);
    }

    public static Agenda empty(String name) {
        return new Agenda(name, List.of());
    }

    /** The sum of the blocks' durations. */
    public Duration total() {
        return blocks.stream().map(Block::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public int size() {
        return blocks.size();
    }

    public Block block(int index) {
        return blocks.get(index);
    }

    public Agenda renamed(String newName) {
        return new Agenda(newName, blocks);
    }

    /** {@code block} added at the end. */
    public Agenda add(Block block) {
        return insert(blocks.size(), block);
    }

    /** {@code block} inserted at {@code index} (0 to size), the later blocks moved down one. */
    public Agenda insert(int index, Block block) {
        Objects.requireNonNull(block, "block");
        Objects.checkIndex(index, blocks.size() + 1);
        List<Block> copy = new ArrayList<>(blocks);
        copy.add(index, block);
        return new Agenda(name, copy);
    }

    public Agenda remove(int index) {
        Objects.checkIndex(index, blocks.size());
        List<Block> copy = new ArrayList<>(blocks);
        copy.remove(index);
        return new Agenda(name, copy);
    }

    public Agenda replace(int index, Block block) {
        Objects.requireNonNull(block, "block");
        Objects.checkIndex(index, blocks.size());
        List<Block> copy = new ArrayList<>(blocks);
        copy.set(index, block);
        return new Agenda(name, copy);
    }

    /** The block at {@code from} taken out and put back so that it ends at {@code to}. */
    public Agenda move(int from, int to) {
        Objects.checkIndex(from, blocks.size());
        Objects.checkIndex(to, blocks.size());
        List<Block> copy = new ArrayList<>(blocks);
        copy.add(to, copy.remove(from));
        return new Agenda(name, copy);
    }
}
