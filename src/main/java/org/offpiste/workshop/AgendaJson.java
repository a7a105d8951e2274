package org.offpiste.workshop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One agenda as text, in the templates file's JSON format (a file of one agenda): how a board
 * keeps the agenda of its running workshop.
 */
public final class AgendaJson {
    private final AgendaFile format = new AgendaFile();

    public String write(Agenda agenda) {
        try {
            return format.json(List.of(agenda));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agenda in {@code json}; an {@link InvalidAgendaFileException} when it holds none or a broken one. */
    public Agenda read(String json) {
        try {
            List<Agenda> agendas = format.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            if (agendas.size() != 1) {
                throw new InvalidAgendaFileException("expected one agenda, found " + agendas.size());
            }
            return agendas.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
