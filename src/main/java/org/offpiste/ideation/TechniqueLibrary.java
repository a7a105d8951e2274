package org.offpiste.ideation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in techniques and the pools their draws pick from (ordinary personas, extra
 * constraints, stimulus words in English and French). Loading validates everything and fails
 * loudly with {@link InvalidTechniqueFileException}: a missing language, an unknown placeholder
 * or a too-small pool is a bug to find in tests, not at a workshop.
 */
public final class TechniqueLibrary {
    static final String RESOURCE_DIR = "/org/offpiste/ideation/";
    private final List<Technique> techniques;
    private final List<LocalizedText> personas;
    private final List<LocalizedText> constraints;
    private final List<String> wordsEn;
    private final List<String> wordsFr;

    TechniqueLibrary(List<Technique> techniques, List<LocalizedText> personas, List<LocalizedText> constraints,
            List<String> wordsEn, List<String> wordsFr) {
        this.techniques = List.copyOf(techniques);
        this.personas = List.copyOf(personas);
        this.constraints = List.copyOf(constraints);
        this.wordsEn = List.copyOf(wordsEn);
        this.wordsFr = List.copyOf(wordsFr);
    }

    /** The techniques shipped with Offpiste. */
    public static TechniqueLibrary builtIn() {
        try (InputStream json = open("techniques.json");
                InputStream en = open("words_en.txt");
                InputStream fr = open("words_fr.txt")) {
            return read(json, en, fr);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in techniques", e);
        }
    }

    /** Reads a techniques file and its two word lists (one word per line, {@code #} comments). */
    public static TechniqueLibrary read(InputStream techniquesJson, InputStream wordsEn, InputStream wordsFr)
            throws IOException {
        TechniqueFileReader reader = new TechniqueFileReader();
        return reader.read(techniquesJson, lines(wordsEn), lines(wordsFr));
    }

    public List<Technique> techniques() {
        return techniques;
    }

    public Optional<Technique> find(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<LocalizedText> personas() {
        return personas;
    }

    public List<LocalizedText> constraints() {
        return constraints;
    }

    /** Stimulus words in the language of {@code locale} (French or English). */
    public List<String> words(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? wordsFr : wordsEn;
    }

    private static InputStream open(String name) {
        InputStream in = TechniqueLibrary.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new InvalidTechniqueFileException("Missing resource " + RESOURCE_DIR + name);
        }
        return in;
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        }
    }
}
