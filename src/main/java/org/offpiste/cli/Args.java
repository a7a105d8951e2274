package org.offpiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.Tags;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefMarkdown;

/** Turns option values into domain values; a bad one is a one-line usage or input error. */
final class Args {
    private Args() {
    }

    static IdeaStatus status(String text) {
        try {
            return IdeaStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("cli.error.badStatus", text);
        }
    }

    static Set<IdeaStatus> statuses(List<String> texts) {
        Set<IdeaStatus> out = new LinkedHashSet<>();
        texts.forEach(t -> out.add(status(t)));
        return out;
    }

    static IdeaSort sort(String text) {
        try {
            return IdeaSort.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("cli.error.badSort", text);
        }
    }

    /** Each value may hold several tags separated by ';'. */
    static List<String> tags(List<String> values) {
        List<String> all = new ArrayList<>();
        values.forEach(v -> all.addAll(Tags.split(v)));
        return Tags.normalise(all);
    }

    /** Reads a brief in Markdown; an unreadable or malformed file is an input error. */
    static Brief brief(Path file) {
        String text = InputFiles.readText(file);
        try {
            return BriefMarkdown.read(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.input("cli.error.badBrief", file, ErrorReport.oneLine(String.valueOf(e.getMessage())));
        }
    }
}
