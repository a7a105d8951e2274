package org.offpiste.ideation;

import java.util.EnumMap;
import java.util.Map;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;

/** The sample briefs of the shared folder, as {@link Brief}s. */
public final class SampleBriefs {
    private SampleBriefs() {
    }

    public static Brief museumLate() {
        Map<BriefField, String> m = new EnumMap<>(BriefField.class);
        m.put(BriefField.TITLE, "After dark at the natural history museum");
        m.put(BriefField.CLIENT, "City Museum of Natural History.");
        m.put(BriefField.OBJECTIVE, "Sell out a new monthly late opening (600 tickets) to people aged 25–35 who have not visited since school.");
        m.put(BriefField.AUDIENCE, "Young professionals who go out on Thursdays, like quiz nights and live music, and see museums as \"for kids and tourists\".");
        m.put(BriefField.INSIGHT, "They love weird facts they can retell at dinner, but hate feeling lectured.");
        m.put(BriefField.CHANNELS, "Instagram, TikTok, a city events newsletter, posters in bars.");
        m.put(BriefField.TONE, "Curious, witty, a little macabre; scientifically accurate.");
        m.put(BriefField.CONSTRAINTS, "No food or drink in the galleries. Specimens may not be touched. Budget 15,000 EUR per season.");
        m.put(BriefField.CLICHES, "\"Night at the Museum\" references, dinosaur puns, \"learning can be fun\".");
        m.put(BriefField.SUCCESS_CRITERIA, "Ticket sales, share of first-time visitors, people who come back a second time.");
        m.put(BriefField.LANGUAGE, "English");
        return Brief.of(m);
    }

    public static Brief stationEte() {
        Map<BriefField, String> m = new EnumMap<>(BriefField.class);
        m.put(BriefField.TITLE, "La station en été : faire venir les familles");
        m.put(BriefField.CLIENT, "Les Arcs d'en Haut — une petite station de ski familiale des Alpes du Nord.");
        m.put(BriefField.OBJECTIVE, "Faire passer la fréquentation estivale de 8 000 à 15 000 nuitées en deux saisons.");
        m.put(BriefField.AUDIENCE, "Familles urbaines avec enfants de 6 à 14 ans, qui partent habituellement à la mer.");
        m.put(BriefField.INSIGHT, "Les parents imaginent la montagne l'été comme « de la randonnée que les enfants vont détester ».");
        m.put(BriefField.CHANNELS, "Instagram, TikTok, newsletter des offices de tourisme, partenariats avec des crèches et écoles.");
        m.put(BriefField.TONE, "Ludique, complice, un brin d'humour montagnard ; jamais « carte postale ».");
        m.put(BriefField.CONSTRAINTS, "Budget de 40 000 EUR. Les remontées mécaniques tournent seulement le week-end. Loi Evin : pas d'alcool.");
        m.put(BriefField.CLICHES, "Photos de coucher de soleil sur les sommets, « respirez le grand air », marmottes en peluche.");
        m.put(BriefField.SUCCESS_CRITERIA, "Nuitées estivales, réservations de séjours famille, taux de retour l'année suivante.");
        m.put(BriefField.LANGUAGE, "French");
        return Brief.of(m);
    }
}
