package org.offpiste.cli;

import java.util.Locale;

/** The output formats of {@code ideas} and {@code export}. */
enum IdeaFormat {
    TABLE, JSON, CSV, MD;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "json", "CSV", "markdown"…; an unknown one is a usage error naming the accepted ones. */
    static IdeaFormat parse(String text, IdeaFormat... accepted) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("MARKDOWN")) {
            t = "MD";
        }
        for (IdeaFormat f : accepted) {
            if (f.name().equals(t)) {
                return f;
            }
        }
        StringBuilder names = new StringBuilder();
        for (IdeaFormat f : accepted) {
            names.append(names.length() == 0 ? "" : ", ").append(f.key());
        }
        throw CliFailure.usage("cli.error.badFormat", text, names.toString());
    }
}
