package org.offpiste.workshop;

import java.time.Duration;
import java.util.List;
import org.offpiste.i18n.Messages;

/** The templates that come with Offpiste, named in the person's language. */
public final class BuiltInAgendas {
    public static final String FULL_KEY = "workshop.template.full";
    public static final String SPRINT_KEY = "workshop.template.sprint";

    private BuiltInAgendas() {
    }

    public static List<Agenda> all(Messages messages) {
        return List.of(fullWorkshop(messages.get(FULL_KEY)), quickSprint(messages.get(SPRINT_KEY)));
    }

    /** 90 minutes: 10 + 10 + 30 (6-3-5) + 10 + 10 + 15 + 5. */
    static Agenda fullWorkshop(String name) {
        return new Agenda(name, List.of(
                new Block.SilentIdeation(minutes(10)),
                new Block.ModelRound(minutes(10), "scamper"),
                Block.Brainwriting.standard(),
                Block.Clustering.standard(),
                Block.DotVote.standard(),
                new Block.Duels(minutes(15), 5),
                Block.Debrief.standard()));
    }

    /** 30 minutes: 8 + 7 + 5 + 5 + 5. */
    static Agenda quickSprint(String name) {
        return new Agenda(name, List.of(
                Block.SilentIdeation.standard(),
                new Block.ModelRound(minutes(7), "how-might-we"),
                new Block.DotVote(minutes(5), 3, 1, true),
                new Block.Duels(minutes(5), 3),
                Block.Debrief.standard()));
    }

    private static Duration minutes(int m) {
        return Duration.ofMinutes(m);
    }
}
