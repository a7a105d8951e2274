package org.offpiste.export;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The CSV columns of ideas, and the header names accepted for them on import (English and French). */
enum IdeaColumns {
    TITLE("title", "titre"),
    BODY("body", "corps", "description", "texte"),
    TAGS("tags", "tag", "etiquettes", "etiquette", "mots-cles"),
    STATUS("status", "statut", "etat"),
    ID("id", "identifiant"),
    AUTHOR("author", "auteur"),
    CREATED_AT("createdAt", "creeLe", "creation"),
    UPDATED_AT("updatedAt", "modifieLe", "modification");

    private final String header;
    private final List<String> aliases;

    IdeaColumns(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The name written in the header row on export. */
    String header() {
        return header;
    }

    /** The column a header cell names: case, accents, spaces, '_' and '-' ignored. */
    static Optional<IdeaColumns> forHeader(String cell) {
        String wanted = fold(cell);
        for (IdeaColumns c : values()) {
            if (fold(c.header).equals(wanted) || c.aliases.stream().anyMatch(a -> fold(a).equals(wanted))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        String stripped = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
