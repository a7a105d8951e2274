package org.offpiste.board;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Completion of a tag being typed: tags in use that start with it first, then those containing it. */
final class TagSuggestions {
    static final int LIMIT = 12;

    private TagSuggestions() {
    }

    static List<String> matching(List<TagCount> inUse, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> starts = inUse.stream().map(TagCount::tag)
                .filter(s -> s.toLowerCase(Locale.ROOT).startsWith(t)).toList();
        Stream<String> contains = inUse.stream().map(TagCount::tag)
                .filter(s -> !s.toLowerCase(Locale.ROOT).startsWith(t) && s.toLowerCase(Locale.ROOT).contains(t));
        return Stream.concat(starts.stream(), contains).limit(LIMIT).toList();
    }
}
