package org.offpiste.ideation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines of a Visualize answer that name an image generator, a negative prompt or an idea. */
final class ExtractGenerator {

    private static final Pattern MIDJOURNEY = Pattern.compile("(?i)\\b(midjourney|mid-journey|mj)\\b");
    private static final Pattern DALLE = Pattern.compile("(?i)\\bdall[\\s·.\\-–]?e\\b");
    private static final Pattern STABLE = Pattern.compile("(?i)\\b(stable[\\s-]?diffusion|sdxl|sd\\s?(1\\.5|xl|3)?)\\b");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)^[\\s>*_`\\-]*(negative prompt|negative|prompt négatif|prompt negatif)[\\s*_`]*[:：][\\s*_`]*(.*)$");
    private static final Pattern IDEA_NUMBER = Pattern.compile(
            "(?i)(?:^|\\b)(?:idea|idée|idee|concept)\\s*#?\\s*(\\d{1,2})\\b|^\\W*(\\d{1,2})\\s*[.)—–:-]");
    private static final Pattern LABEL_REST = Pattern.compile(
            "(?i)^[\\s>*_#\\-]*(?:\\d[.)]\\s*)?(?:prompt\\s+)?(?:for\\s+)?"
                    + "(midjourney|mid-journey|dall[\\s·.\\-–]?e(?:\\s*3)?|stable[\\s-]?diffusion(?:\\s*xl)?|sdxl|sd)"
                    + "(?:\\s*\\([^)]*\\))?[\\s*_]*[:：—–-]+[\\s*_]*(.*)$");

    private ExtractGenerator() {
    }

    /** The generator a line names, if any. */
    static Optional<Generator> named(String line) {
        if (NEGATIVE.matcher(line).find()) {
            return Optional.empty();
        }
        if (MIDJOURNEY.matcher(line).find()) {
            return Optional.of(Generator.MIDJOURNEY);
        }
        if (DALLE.matcher(line).find()) {
            return Optional.of(Generator.DALLE);
        }
        if (STABLE.matcher(line).find()) {
            return Optional.of(Generator.STABLE_DIFFUSION);
        }
        return Optional.empty();
    }

    /** The text of a "Negative prompt: …" line (maybe empty), or null when the line is not one. */
    static String negative(String line) {
        Matcher m = NEGATIVE.matcher(line);
        return m.find() ? unquote(m.group(2)) : null;
    }

    /** The prompt written on the label's own line ("**Midjourney:** `…`"), or empty. */
    static String inlinePrompt(String line) {
        Matcher m = LABEL_REST.matcher(line);
        if (!m.find()) {
            return "";
        }
        String rest = unquote(m.group(2));
        boolean prompt = rest.length() >= 10 && !rest.startsWith("(") && !rest.endsWith(":");
        return prompt ? rest : "";
    }

    /** The idea number (from 1) a header names ("Idea 2", "### 2. …"), or 0. */
    static int ideaNumber(String header) {
        Matcher m = IDEA_NUMBER.matcher(header.replace("*", "").replace("#", "").strip());
        if (!m.find()) {
            return 0;
        }
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    static String unquote(String s) {
        String t = s.strip();
        t = t.replaceAll("^[`\"“]+|[`\"”]+$", "").strip();
        return t.toLowerCase(Locale.ROOT).startsWith("/imagine prompt:") ? t.substring(16).strip() : t;
    }
}
