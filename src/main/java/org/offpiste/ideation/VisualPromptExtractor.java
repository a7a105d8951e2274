package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the image-generator prompts of a finished Visualize answer, per idea and generator: each
 * code block (or prompt written on its label's line) labelled before it by a heading, a bold line
 * or a "Midjourney:" label. Unlabelled blocks are skipped; a "Negative prompt:" line, inside the
 * Stable Diffusion block or just after it, becomes its negative prompt. With several ideas, the
 * answer's sections (headings, bold lines, "Idea 2") give each prompt its idea. Thread-safe.
 */
public final class VisualPromptExtractor {

    /** The prompts of {@code answer}, written for {@code ideaCount} ideas (at least 1). */
    public List<ExtractedPrompt> extract(String answer, int ideaCount) {
        List<ExtractedPrompt> prompts = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return prompts;
        }
        new Reader(IdeaExtractor.normalise(answer).split("\n", -1), Math.max(1, ideaCount), prompts).read();
        return List.copyOf(prompts);
    }

    /** One pass over the answer's lines. */
    private static final class Reader {
        private final String[] lines;
        private final int ideas;
        private final List<ExtractedPrompt> out;
        private final Set<Generator> inSection = EnumSet.noneOf(Generator.class);
        private int position;
        private Generator label;
        private boolean negativeNext;

        Reader(String[] lines, int ideas, List<ExtractedPrompt> out) {
            this.lines = lines;
            this.ideas = ideas;
            this.out = out;
        }

        void read() {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("```") || line.startsWith("~~~")) {
                    i = block(i, line);
                } else if (!line.isEmpty()) {
                    text(line);
                }
            }
        }

        private int block(int start, String fence) {
            List<String> body = new ArrayList<>();
            int i = start + 1;
            while (i < lines.length && !lines[i].strip().startsWith(fence.substring(0, 3))) {
                body.add(lines[i]);
                i++;
            }
            Optional<Generator> tagged = ExtractGenerator.named(fence.substring(3));
            String text = String.join("\n", body).strip();
            if (negativeNext) {
                negativeNext = false;
                attachNegative(text);
            } else if (tagged.isPresent() || label != null) {
                add(tagged.orElse(label), text);
            }
            label = null;
            return i;
        }

        private void text(String line) {
            String negative = ExtractGenerator.negative(line);
            if (negative != null) {
                if (negative.isEmpty()) {
                    negativeNext = true;
                } else {
                    attachNegative(negative);
                }
                return;
            }
            Optional<Generator> named = ExtractGenerator.named(line);
            boolean header = line.startsWith("#") || line.matches("(\\*\\*|__).+(\\*\\*|__):?");
            if (named.isPresent()) {
                int number = header ? ExtractGenerator.ideaNumber(line) : 0;
                if (number > 0) {
                    section(number);
                }
                String inline = ExtractGenerator.inlinePrompt(line);
                if (!inline.isEmpty()) {
                    add(named.get(), inline);
                    label = null;
                } else if (line.length() < 80 || header) {
                    label = named.get();
                }
                return;
            }
            if (header || ExtractGenerator.ideaNumber(line) > 0 && line.length() < 100) {
                section(ExtractGenerator.ideaNumber(line));
            }
        }

        /** A header that is not a generator's: a new idea's section once the current one has prompts. */
        private void section(int number) {
            if (number > 0) {
                moveTo(number - 1);
            } else if (!inSection.isEmpty()) {
                moveTo(position + 1);
            }
        }

        private void moveTo(int target) {
            int p = Math.min(Math.max(0, target), ideas - 1);
            if (p != position || !inSection.isEmpty()) {
                inSection.clear();
            }
            position = p;
            label = null;
        }

        private void add(Generator generator, String prompt) {
            if (prompt.isBlank()) {
                return;
            }
            if (inSection.contains(generator) && ideas > 1) {
                moveTo(position + 1);
            }
            String text = prompt;
            String negative = "";
            String[] parts = text.split("\n");
            for (int k = 0; k < parts.length; k++) {
                String n = ExtractGenerator.negative(parts[k]);
                if (n != null) {
                    text = String.join("\n", java.util.Arrays.copyOfRange(parts, 0, k)).strip();
                    negative = (n + "\n" + String.join("\n", java.util.Arrays.copyOfRange(parts, k + 1, parts.length))).strip();
                    break;
                }
            }
            inSection.add(generator);
            out.add(new ExtractedPrompt(ideas == 1 ? 0 : position, generator, ExtractGenerator.unquote(text), negative));
        }

        private void attachNegative(String negative) {
            if (out.isEmpty() || negative.isBlank()) {
                return;
            }
            ExtractedPrompt last = out.get(out.size() - 1);
            if (last.generator() == Generator.STABLE_DIFFUSION && last.negative().isEmpty()) {
                out.set(out.size() - 1, new ExtractedPrompt(last.ideaPosition(), last.generator(), last.prompt(),
                        ExtractGenerator.unquote(negative)));
            }
        }
    }
}
