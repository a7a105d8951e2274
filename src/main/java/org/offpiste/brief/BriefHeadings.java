package org.offpiste.brief;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code ##} headings of a brief in Markdown: the one written per field, and all the ones read. */
final class BriefHeadings {
    private static final Map<BriefField, String> WRITTEN = new EnumMap<>(BriefField.class);
    private static final Map<String, BriefField> READ = new HashMap<>();

    static {
        written(BriefField.TITLE, "Title", "titre");
        written(BriefField.CLIENT, "Client", "marque", "brand", "client / brand", "client / marque",
                "client et marque", "client and brand");
        written(BriefField.OBJECTIVE, "Objective", "objectif", "objectives", "objectifs");
        written(BriefField.AUDIENCE, "Audience", "public", "cible", "target audience", "public cible",
                "target");
        written(BriefField.INSIGHT, "Insight", "audience insight", "insight consommateur");
        written(BriefField.CHANNELS, "Channels", "canaux", "channels and formats", "canaux et formats");
        written(BriefField.TONE, "Tone", "ton", "ton et ligne editoriale", "tone and editorial line",
                "tone of voice");
        written(BriefField.CONSTRAINTS, "Constraints", "contraintes", "contraintes et obligations",
                "constraints and mandatories", "mandatories");
        written(BriefField.CLICHES, "Avoid", "a eviter", "cliches a eviter", "cliches to avoid", "cliches");
        written(BriefField.SUCCESS_CRITERIA, "Success criteria", "criteres de succes",
                "criteres de reussite", "kpi", "kpis");
        written(BriefField.NOTES, "Notes", "note", "remarques");
        written(BriefField.LANGUAGE, "Language", "langue", "langue des idees", "language of the ideas");
    }

    private BriefHeadings() {
    }

    private static void written(BriefField field, String heading, String... aliases) {
        WRITTEN.put(field, heading);
        READ.put(normalize(heading), field);
        for (String alias : aliases) {
            READ.put(normalize(alias), field);
        }
    }

    /** The heading {@link BriefMarkdown#write} uses for {@code field}. */
    static String heading(BriefField field) {
        return WRITTEN.get(field);
    }

    /** The field a heading names, in English or French, whatever its case, accents or trailing colon. */
    static Optional<BriefField> field(String heading) {
        return Optional.ofNullable(READ.get(normalize(heading)));
    }

    static String normalize(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('\u00A0', ' ').replace('\u2019', '\'').strip();
        s = s.replaceAll("\\s*:+$", "").replaceAll("\\s+", " ");
        return s.toLowerCase(Locale.ROOT);
    }
}
