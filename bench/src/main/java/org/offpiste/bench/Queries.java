package org.offpiste.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * 200 varied search queries, as people type them: English and French words, accented and not,
 * upper case, prefixes, two words, tag words, words of the bodies, and a few that match nothing.
 */
final class Queries {
    private Queries() {
    }

    static List<String> twoHundred(List<String> tags) {
        Random r = new Random(7);
        List<String> q = new ArrayList<>();
        add(q, r, 30, () -> first(pick(r, IdeaGenerator.EN_NOUNS)));
        add(q, r, 30, () -> first(pick(r, IdeaGenerator.FR_NOUNS)));
        add(q, r, 20, () -> fold(first(pick(r, IdeaGenerator.FR_NOUNS))));
        add(q, r, 10, () -> first(pick(r, IdeaGenerator.FR_NOUNS)).toUpperCase(Locale.FRENCH));
        add(q, r, 20, () -> prefix(first(pick(r, r.nextBoolean() ? IdeaGenerator.EN_NOUNS : IdeaGenerator.FR_NOUNS))));
        add(q, r, 20, () -> pick(r, IdeaGenerator.EN_ADJECTIVES) + " " + first(pick(r, IdeaGenerator.EN_NOUNS)));
        add(q, r, 20, () -> first(pick(r, IdeaGenerator.FR_NOUNS)) + " " + pick(r, IdeaGenerator.FR_ADJECTIVES));
        add(q, r, 15, () -> tags.get(r.nextInt(Math.min(60, tags.size()))));
        add(q, r, 15, () -> pick(r, r.nextBoolean() ? IdeaGenerator.EN_VERBS : IdeaGenerator.FR_VERBS).toLowerCase(Locale.ROOT));
        String[] body = {"weekend", "rituel", "ritual", "après-midi", "apres midi", "audience", "nuit", "night", "cliché", "cliche"};
        q.addAll(List.of(body));
        String[] none = {"zzyzx", "quokka", "xylophage", "kumquat", "brontosaure", "yuzu", "zeppelin", "okapi", "qwerty", "fjord"};
        q.addAll(List.of(none));
        return q;
    }

    private static void add(List<String> into, Random r, int n, java.util.function.Supplier<String> make) {
        for (int i = 0; i < n; i++) {
            into.add(make.get());
        }
    }

    private static String first(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    private static String prefix(String word) {
        return word.length() <= 4 ? word : word.substring(0, 3 + word.length() % 3);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
