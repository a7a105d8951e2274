package org.offpiste.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;

/**
 * Realistic, varied, reproducible ideas for the benchmarks: English and French (with accents),
 * titles of 3 to 10 words, bodies of one to four sentences, 0 to 5 tags drawn from a long tail.
 */
final class IdeaGenerator {
    static final String[] EN_NOUNS = {
        "campaign", "poster", "billboard", "podcast", "newsletter", "story", "mascot", "jingle", "festival",
        "workshop", "pop-up store", "app", "challenge", "recipe", "playlist", "map", "calendar", "game",
        "sticker", "mural", "van", "bakery", "gondola", "ski lift", "chalet", "summit", "trail", "snowboard",
        "coffee", "market", "museum", "library", "bus stop", "subway", "rooftop", "garden", "bicycle",
        "community", "neighbourhood", "grandmother", "bus driver", "nurse", "teacher", "student", "farmer",
        "unboxing", "livestream", "quiz", "manifesto", "zine", "postcard", "vending machine", "hotline",
        "scarf", "lantern", "tent", "raincoat", "thermos", "compass", "avalanche", "blizzard", "sunrise"
    };
    static final String[] EN_ADJECTIVES = {
        "bold", "quiet", "unexpected", "local", "seasonal", "playful", "honest", "tiny", "giant", "slow",
        "analog", "handmade", "secret", "shared", "limited", "free", "nocturnal", "collaborative", "silent",
        "upside-down", "forgotten", "rebellious", "warm", "frosty", "invisible", "portable", "recycled"
    };
    static final String[] EN_VERBS = {
        "Turn", "Hide", "Swap", "Share", "Rent", "Print", "Paint", "Invite", "Reverse", "Shrink", "Gift",
        "Unlock", "Remix", "Map", "Borrow", "Host", "Launch", "Stage", "Auction", "Crowdsource", "Replace"
    };
    static final String[] FR_NOUNS = {
        "affiche", "campagne", "télésiège", "chalet", "fromagerie", "boulangerie", "événement", "fête",
        "crêpe", "café", "goûter", "randonnée", "piste", "forêt", "refuge", "bibliothèque", "marché",
        "métro", "quartier", "grand-mère", "infirmière", "chauffeur de bus", "écolier", "lycéenne", "été",
        "hiver", "fenêtre", "vitrine", "carte postale", "défi", "mascotte", "chanson", "balade", "brasserie",
        "pâtisserie", "saucisson", "raclette", "bâton", "moufle", "écharpe", "lanterne", "cabane", "sommet",
        "névé", "congère", "dameuse", "forfait", "moniteur", "débutant", "ski de fond", "luge", "igloo"
    };
    static final String[] FR_ADJECTIVES = {
        "audacieux", "discret", "inattendu", "local", "saisonnier", "ludique", "sincère", "minuscule", "géant",
        "lent", "artisanal", "secret", "partagé", "éphémère", "gratuit", "nocturne", "collaboratif", "silencieux",
        "oublié", "rebelle", "chaleureux", "glacé", "invisible", "recyclé", "délirant", "poétique", "décalé"
    };
    static final String[] FR_VERBS = {
        "Transformer", "Cacher", "Échanger", "Partager", "Louer", "Imprimer", "Peindre", "Inviter", "Inverser",
        "Réduire", "Offrir", "Débloquer", "Remixer", "Cartographier", "Emprunter", "Accueillir", "Lancer",
        "Mettre en scène", "Détourner", "Réinventer", "Célébrer"
    };
    private static final String[] EN_SENTENCES = {
        "What if every %s became a %s for one weekend?",
        "People who love the %s would share it with a %s.",
        "We hide a %s inside the %s and let the audience find it.",
        "A %s version of the %s, shown only at night.",
        "The brief asks for something measurable: count how many people visit the %s after seeing the %s.",
        "Avoid the cliché of the %s; start from the %s instead.",
        "Partner with a %s to turn the %s into a ritual.",
        "Cheap to test: one %s, one %s, one afternoon."
    };
    private static final String[] FR_SENTENCES = {
        "Et si chaque %s devenait un %s le temps d'un week-end ?",
        "Les habitués du %s le partageraient avec une %s.",
        "On cache une %s dans le %s et le public la retrouve.",
        "Une version %s du %s, visible seulement la nuit.",
        "Objectif mesurable : compter les visites au %s après avoir vu la %s.",
        "Éviter le cliché du %s ; partir plutôt de la %s.",
        "S'associer à une %s pour faire du %s un rituel.",
        "Peu coûteux à tester : un %s, une %s, un après-midi."
    };
    private static final String[] AUTHORS = {"Camille", "Léa", "Hugo", "Sam", "Zoé", "Noah", "Inès", "Max"};

    private final Random random;
    private final List<String> tagPool;

    IdeaGenerator(long seed) {
        this.random = new Random(seed);
        this.tagPool = buildTags();
    }

    List<NewIdea> ideas(int count) {
        List<NewIdea> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    List<String> tagPool() {
        return tagPool;
    }

    NewIdea next() {
        boolean french = random.nextInt(100) < 45;
        String title = french ? frenchTitle() : englishTitle();
        StringBuilder body = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String pattern = pick(french ? FR_SENTENCES : EN_SENTENCES);
            String[] nouns = french ? FR_NOUNS : EN_NOUNS;
            body.append(s == 0 ? "" : " ").append(String.format(pattern, pick(nouns), pick(nouns)));
        }
        return new NewIdea(title, body.toString(), tags(), status(), pick(AUTHORS));
    }

    private String englishTitle() {
        String t = pick(EN_VERBS) + " the " + pick(EN_NOUNS) + " into a " + pick(EN_ADJECTIVES) + " " + pick(EN_NOUNS);
        return random.nextInt(4) == 0 ? t + " for " + pick(EN_NOUNS) + " fans" : t;
    }

    private String frenchTitle() {
        String t = pick(FR_VERBS) + " la " + pick(FR_NOUNS) + " en " + pick(FR_NOUNS) + " " + pick(FR_ADJECTIVES);
        return random.nextInt(4) == 0 ? t + " pour les amateurs de " + pick(FR_NOUNS) : t;
    }

    /** 0 to 5 tags, Zipf-like: a few tags on many ideas, a long tail on few. */
    private List<String> tags() {
        int n = random.nextInt(6);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int index = (int) Math.floor(Math.pow(u, 2.5) * tagPool.size());
            tags.add(tagPool.get(Math.min(index, tagPool.size() - 1)));
        }
        return new ArrayList<>(tags);
    }

    private IdeaStatus status() {
        int r = random.nextInt(100);
        return r < 60 ? IdeaStatus.INBOX : r < 75 ? IdeaStatus.SHORTLIST : r < 90 ? IdeaStatus.PARKED : IdeaStatus.REJECTED;
    }

    private static List<String> buildTags() {
        String[] base = {
            "social", "print", "ooh", "événementiel", "digital", "radio", "tv", "influence", "guerilla", "crm",
            "retail", "packaging", "hiver", "été", "montagne", "famille", "étudiants", "seniors", "b2b",
            "low-cost", "premium", "humour", "émotion", "scamper", "worst-idea", "random-stimulus", "persona",
            "hmw", "crazy-8s", "lotus", "six-hats", "morpho", "to-test", "client-ok", "légal", "budget",
            "quick-win", "moonshot", "local", "national", "europe", "tiktok", "instagram", "linkedin", "podcast",
            "affichage", "presse", "cinéma", "street", "ambient"
        };
        List<String> tags = new ArrayList<>(List.of(base));
        String[] prefixes = {"atelier", "round", "sprint", "client", "piste", "thème"};
        for (String p : prefixes) {
            for (int i = 1; i <= 40; i++) {
                tags.add(p + "-" + i);
            }
        }
        return List.copyOf(tags);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
