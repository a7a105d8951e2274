package org.offpiste.ideation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in techniques, the person's own ones, and the pools the draws pick from (ordinary
 * personas, extra constraints, stimulus words in English and French). Loading the built-in file
 * validates everything and fails loudly with {@link InvalidTechniqueFileException}: a missing
 * language, an unknown placeholder or a too-small pool is a bug to find in tests, not at a workshop.
 *
 * <p>Own techniques can be added, replaced and removed while the program runs; built-in ones are
 * read-only. Readers always see a consistent list (an immutable snapshot, swapped atomically), so
 * prompts built on background threads see an edit at once; listeners hear of each change on the
 * thread that made it.
 */
public final class TechniqueLibrary {
    static final String RESOURCE_DIR = "/org/offpiste/ideation/";
    /** Own techniques' ids start with this; built-in ones never do. */
    public static final String OWN_PREFIX = "own-";
    private final List<Technique> builtIns;
    private final OwnTechniques store;
    private final Optional<OwnTechniques.Problem> problem;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Technique> own = List.of();
    private volatile List<Technique> techniques;
    private final List<LocalizedText> personas;
    private final List<LocalizedText> constraints;
    private final List<String> wordsEn;
    private final List<String> wordsFr;

    TechniqueLibrary(List<Technique> techniques, List<LocalizedText> personas, List<LocalizedText> constraints,
            List<String> wordsEn, List<String> wordsFr) {
        this(techniques, personas, constraints, wordsEn, wordsFr, null);
    }

    private TechniqueLibrary(List<Technique> builtIns, List<LocalizedText> personas,
            List<LocalizedText> constraints, List<String> wordsEn, List<String> wordsFr, OwnTechniques store) {
        this.builtIns = List.copyOf(builtIns);
        this.techniques = this.builtIns;
        this.personas = List.copyOf(personas);
        this.constraints = List.copyOf(constraints);
        this.wordsEn = List.copyOf(wordsEn);
        this.wordsFr = List.copyOf(wordsFr);
        this.store = store;
        if (store == null) {
            problem = Optional.empty();
        } else {
            OwnTechniques.Loaded loaded = store.load();
            problem = loaded.problem();
            List<Technique> adopted = new ArrayList<>();
            for (Technique t : loaded.techniques()) {
                adopted.add(withId(t, freshId(t, adopted)));
            }
            setOwn(adopted);
        }
    }

    /** The built-in techniques and the person's own ones from {@code store} (read now; saved on each change). */
    public static TechniqueLibrary withOwn(OwnTechniques store) {
        TechniqueLibrary b = builtIn();
        return new TechniqueLibrary(b.builtIns, b.personas, b.constraints, b.wordsEn, b.wordsFr, store);
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

    /** The built-in techniques, then the person's own ones. */
    public List<Technique> techniques() {
        return techniques;
    }

    public List<Technique> builtIns() {
        return builtIns;
    }

    public List<Technique> own() {
        return own;
    }

    public Optional<Technique> find(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** True for one of the person's own techniques (which can be edited and deleted). */
    public boolean isOwn(String id) {
        return own.stream().anyMatch(t -> t.id().equals(id));
    }

    /** Why the own techniques' file could not be read, if it could not (the file is left as it is). */
    public Optional<OwnTechniques.Problem> problem() {
        return problem;
    }

    /** Where own techniques are kept; empty for a library without a store (tests, the built-ins alone). */
    public Optional<Path> ownFile() {
        return Optional.ofNullable(store).map(OwnTechniques::file);
    }

    /**
     * Adds {@code technique} as an own technique and saves. It keeps its id if that is an own id
     * not yet taken; otherwise it gets a fresh one (from its name). Returns it as stored.
     */
    public Technique add(Technique technique) {
        return addAll(List.of(technique)).get(0);
    }

    /** Adds all of {@code added} in one save (an import); clashing ids get fresh ones, nothing is replaced. */
    public synchronized List<Technique> addAll(List<Technique> added) {
        List<Technique> next = new ArrayList<>(own);
        List<Technique> stored = new ArrayList<>();
        for (Technique t : added) {
            Technique s = withId(t, freshId(t, next));
            next.add(s);
            stored.add(s);
        }
        save(next);
        return List.copyOf(stored);
    }

    /** Replaces the own technique with the same id and saves; a built-in one cannot be replaced. */
    public synchronized void replace(Technique technique) {
        requireOwn(technique.id());
        save(own.stream().map(t -> t.id().equals(technique.id()) ? technique : t).toList());
    }

    /** Removes the own technique {@code id} and saves; a built-in one cannot be removed. */
    public synchronized void remove(String id) {
        requireOwn(id);
        save(own.stream().filter(t -> !t.id().equals(id)).toList());
    }

    /** {@code listener} runs after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void requireOwn(String id) {
        if (!isOwn(id)) {
            throw new IllegalArgumentException(find(id).isPresent()
                    ? "Built-in technique " + id + " is read-only" : "No own technique " + id);
        }
    }

    private void save(List<Technique> next) {
        if (store != null) {
            store.save(next);
        }
        setOwn(next);
        listeners.forEach(Runnable::run);
    }

    private void setOwn(List<Technique> next) {
        own = List.copyOf(next);
        techniques = Stream.concat(builtIns.stream(), own.stream()).toList();
    }

    /** The technique's own id if it is an own id free among {@code others} and the built-ins, else a fresh one. */
    private String freshId(Technique t, List<Technique> others) {
        Set<String> taken = new HashSet<>();
        builtIns.forEach(b -> taken.add(b.id()));
        others.forEach(o -> taken.add(o.id()));
        if (t.id() != null && t.id().startsWith(OWN_PREFIX) && t.id().length() > OWN_PREFIX.length()
                && !taken.contains(t.id())) {
            return t.id();
        }
        String base = OWN_PREFIX + slug(t.name().in(Locale.ENGLISH));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "technique" : ascii;
    }

    private static Technique withId(Technique t, String id) {
        return id.equals(t.id()) ? t : new Technique(id, t.icon(), t.minutes(), t.draw(), t.name(), t.summary(),
                t.whenToUse(), t.steps(), t.modelInstructions());
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
