package org.offpiste.sparring;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;

/** Briefs and ideas for the sparring tests (from the shared sample briefs). */
final class SparringSamples {
    private SparringSamples() {
    }

    static Brief museumLate() {
        Map<BriefField, String> m = new EnumMap<>(BriefField.class);
        m.put(BriefField.TITLE, "After dark at the natural history museum");
        m.put(BriefField.CLIENT, "City Museum of Natural History.");
        m.put(BriefField.OBJECTIVE, "Sell out a new monthly late opening (600 tickets) to people aged 25–35.");
        m.put(BriefField.AUDIENCE, "Young professionals who go out on Thursdays and like quiz nights.");
        m.put(BriefField.INSIGHT, "They love weird facts they can retell at dinner, but hate feeling lectured.");
        m.put(BriefField.CHANNELS, "Instagram, TikTok, posters in bars.");
        m.put(BriefField.TONE, "Curious, witty, a little macabre.");
        m.put(BriefField.CLICHES, "\"Night at the Museum\" references, dinosaur puns.");
        m.put(BriefField.LANGUAGE, "English");
        return Brief.of(m);
    }

    static Brief stationEte() {
        Map<BriefField, String> m = new EnumMap<>(BriefField.class);
        m.put(BriefField.TITLE, "La station en été : faire venir les familles");
        m.put(BriefField.CLIENT, "Les Arcs d'en Haut — une petite station de ski familiale.");
        m.put(BriefField.AUDIENCE, "Familles urbaines avec enfants de 6 à 14 ans, qui partent à la mer.");
        m.put(BriefField.INSIGHT, "Les parents imaginent la montagne l'été comme « de la randonnée ».");
        m.put(BriefField.CLICHES, "Photos de coucher de soleil sur les sommets, marmottes en peluche.");
        m.put(BriefField.LANGUAGE, "French");
        return Brief.of(m);
    }

    static Idea idea(long id, String title, String body, String... tags) {
        Instant at = Instant.parse("2026-11-29T01:00:00Z");
        return new Idea(id, title, body, List.of(tags), IdeaStatus.INBOX, "Ana", at, at);
    }
}
