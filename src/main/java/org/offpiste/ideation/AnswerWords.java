package org.offpiste.ideation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words, in English and French, that tell an answer's parts apart. */
final class AnswerWords {

    /** What a header line says of the list that follows it. */
    enum Verdict { NEUTRAL, IDEAS, NOT_IDEAS }

    private static final List<String> SURE_IDEAS = List.of("flipped", "retourne", "inverse", "revised",
            "revise", "final", "green hat", "chapeau vert", "new idea", "nouvelles idees");
    private static final List<String> STRONG_NOT = List.of("draft", "brouillon", "premier jet", "first pass",
            "terrible", "worst", "bad idea", "pire", "mauvaise", "desastr", "catastroph", "shortlist",
            "top 3", "top three", "my pick", "favourite", "favorite", "recommend", "critique", "verdict",
            "assumption", "hypothese", "summary", "resume", "next step", "prochaine",
            "synthese", "bilan", "conclusion", "analys");
    private static final List<String> IDEA = List.of("idea", "idee", "concept", "proposal", "proposition",
            "piste");
    private static final List<String> WEAK_NOT = List.of("hat", "chapeau", "question", "how might we",
            "comment pourrions", "matrix", "matrice", "parameter", "parametre", "petal", "petale", "feature",
            "caracteristique", "association", "brief", "facts", "faits", "table", "tableau", "principle", "principe",
            "guideline", "rule", "regle", "criteria", "criteres", "insight", "observation");

    private static final Set<String> LABELS = Set.of("why it works", "why", "how", "how it works", "what",
            "channel", "channels", "cost", "budget", "timing", "moment", "mechanic", "mechanism", "hook",
            "format", "execution", "key moment", "flipped from", "from", "changed", "persona", "petal",
            "combination", "question", "hmw", "probability", "note", "notes", "example", "risk", "why it matters",
            "pourquoi", "pourquoi ça marche", "pourquoi ca marche", "comment", "canal", "canaux", "coût", "cout",
            "mécanique", "mecanique", "retourné depuis", "inversé de", "à partir de", "a partir de",
            "changement", "pétale", "petale", "combinaison", "exemple", "client", "objective", "objectif",
            "audience", "public", "insight", "tone", "ton", "constraints", "contraintes", "avoid", "à éviter",
            "a eviter", "success criteria", "critères de succès", "language", "langue", "title", "titre",
            "description", "assumption", "assumptions", "hypothèse", "hypothèses", "centre", "center", "centre du lotus",
            "parameters", "paramètres", "place", "lieu", "reward", "récompense", "feeling", "émotion", "partner",
            "partenaire", "object", "objet", "ritual", "rituel", "goal", "but", "target", "cible", "kpi", "kpis",
            "impact", "next step", "next steps", "idea", "idée", "the idea", "l'idée",
            "what happens", "ce qui se passe", "my approach", "approach", "quick context", "context", "contexte",
            "mon approche", "approche", "overview", "in short", "tl;dr", "angle", "the angle", "key insight",
            "the insight", "constraint", "extra constraint", "contrainte", "contrainte supplémentaire", "stimulus",
            "stimulus word", "mot stimulus", "technique", "method", "méthode", "au centre", "at the centre",
            "at the center", "challenge", "défi", "le défi", "the challenge", "retournée de", "retourné de", "depuis", "changé", "the twist", "twist", "visual", "visuel", "tagline", "slogan");

    private static final Set<String> ANALYSIS = Set.of("risk", "main risk", "the main risk", "risks",
            "risque", "risque principal", "risques", "cliché", "cliche", "clichés", "cliché risk", "why it could fail",
            "why it might fail", "why it fails", "failure", "fail", "could fail", "pourquoi ça pourrait échouer",
            "pourquoi ca pourrait echouer", "échec", "change", "the single change", "single change", "one change",
            "the change", "best change", "changement", "fix", "verdict", "strengthen", "to strengthen",
            "why it matters", "why this matters", "example", "example answer", "useful answer", "example of a useful answer",
            "pourquoi c'est important", "pourquoi c’est important", "pourquoi cela compte", "exemple",
            "exemple de réponse", "exemple de réponse utile", "pourquoi ça compte", "pourquoi ça échouerait",
            "pourquoi elle pourrait échouer", "pourquoi il pourrait échouer", "pourquoi elle compte",
            "pourquoi cette question compte", "le changement", "le seul changement", "changement clé",
            "ce qui la renforcerait", "why this question matters", "the change that would help most");

    private static final List<String> ENDERS = List.of("let me know", "i hope", "hope ",
            "would you like", "want me to", "which one", "which of", "if you", "feel free", "happy to", "shall i",
            "do you want", "these ", "all of these", "each of these", "together,", "overall", "in summary",
            "to sum up", "any of these", "i can ", "i'd ", "i’d ", "i would", "tell me", "good luck",
            "enjoy", "next steps", "critique", "analysis", "assumption", "note:", "notes:", "n'hésitez",
            "n’hésitez", "dites-moi", "dis-moi", "voulez-vous", "souhaitez-vous", "veux-tu", "laquelle",
            "lesquelles", "j'espère", "j’espère", "ces idées", "ces pistes", "toutes ces", "chacune de", "en résumé",
            "pour résumer", "si vous", "si tu ", "je peux", "bonne chance", "hypothèse", "remarque", "à noter",
            "a noter", "est-ce que", "qu'en pensez", "qu’en pensez", "which would", "what do you think");

    private static final Pattern MARKERS = Pattern.compile("[*_`~\"“”«»]+");

    private static final Pattern HAT = Pattern.compile(
            "\\b(white|red|black|yellow|green|blue) hat\\b|\\bchapeau (blanc|rouge|noir|jaune|vert|bleu)\\b");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•]|\\d{1,3}[.)])\\s+");
    /** "Petal 3", "Question 2", "Hat 1": one part of a structure, whose section holds its idea. */
    private static final Pattern NUMBERED_PART = Pattern.compile(
            "\\b(petal|petale|question|persona|parametre|parameter)\\s*#?\\d");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private AnswerWords() {
    }

    /** What a heading, a bold line or an introducing line says of the list after it. */
    static Verdict verdict(String header) {
        String t = fold(header);
        if (containsAny(t, SURE_IDEAS)) {
            return Verdict.IDEAS;
        }
        if (containsAny(t, STRONG_NOT)) {
            return Verdict.NOT_IDEAS;
        }
        if (containsAny(t, IDEA)) {
            return Verdict.IDEAS;
        }
        return containsAny(t, WEAK_NOT) && !NUMBERED_PART.matcher(t).find() ? Verdict.NOT_IDEAS : Verdict.NEUTRAL;
    }

    /** Whether a title is a field name ("Why it works", "Channel", "Client"), a hat or a petal list. */
    static boolean isLabel(String title) {
        String t = plain(title);
        return LABELS.contains(t) || ANALYSIS.contains(t) || isHat(t);
    }

    static boolean isHat(String title) {
        String t = fold(title);
        return (t.contains("hat") || t.contains("chapeau")) && HAT.matcher(t).find();
    }

    /** The analysis label a body line starts with ("Main risk:", "Verdict —"), or null. */
    static String analysisLabel(String line) {
        String t = plain(LIST_MARKER.matcher(line).replaceFirst(""));
        int cut = indexOfAny(t, ":", " —", " –", " -");
        if (cut <= 0 || cut > 40) {
            return null;
        }
        String label = t.substring(0, cut).strip();
        return ANALYSIS.contains(label) ? label : null;
    }

    /** Whether a paragraph closes the list: an outro, a summary, a question to the reader, an assumption. */
    static boolean isEnder(String text) {
        String t = plain(text);
        for (String e : ENDERS) {
            if (t.startsWith(e)) {
                return true;
            }
        }
        return t.startsWith("sure") && text.contains("?");
    }

    /** Lower case, without Markdown markers, quotes or a trailing colon. */
    static String plain(String s) {
        String t = MARKERS.matcher(s).replaceAll("").strip().toLowerCase(Locale.ROOT);
        while (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.replace('’', '\'');
    }

    /** Lower case without accents, for keyword search. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return ACCENTS.matcher(d).replaceAll("");
    }

    /** Whether one of the words starts a word of {@code text}. */
    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOfAny(String t, String... seps) {
        int best = -1;
        for (String s : seps) {
            int i = t.indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
