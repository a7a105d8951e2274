package org.offpiste.board;

import java.util.ArrayList;
import java.util.List;

/** Sample ideas for demos and tests: a ski resort's winter campaign. */
final class SampleIdeas {
    private SampleIdeas() {
    }

    static List<NewIdea> campaign() {
        return List.of(
                new NewIdea("Télésiège karaoke", "Each chairlift gets a speaker and a playlist chosen by the last rider. "
                        + "The best duets of the week are posted on the resort's channels.", List.of("chairlift", "social", "music"),
                        IdeaStatus.SHORTLIST, "Camille"),
                new NewIdea("Grandmother's ski school", "Lessons taught by locals over seventy who learned on wooden skis. "
                        + "Slow, funny, unforgettable: a counter-programme to speed.", List.of("persona", "lessons"), IdeaStatus.INBOX, "Camille"),
                new NewIdea("The worst piste map ever", "Print a deliberately useless map (only the cafés are accurate) and hide the real one "
                        + "inside: a souvenir people keep.", List.of("print", "reverse"), IdeaStatus.PARKED, "Léo"),
                new NewIdea("Snow-day pass for night-shift nurses", "Free morning passes for hospital night staff coming off duty.",
                        List.of("community", "persona"), IdeaStatus.SHORTLIST, "Camille"),
                new NewIdea("Fresh powder alarm", "Opt-in SMS at 6 a.m. when more than 20 cm fell overnight. Nothing else, ever.",
                        List.of("crm", "mobile"), IdeaStatus.INBOX, "Léo"),
                new NewIdea("Giant snow globe photo booth", "", List.of("event"), IdeaStatus.REJECTED, "Camille"),
                new NewIdea("Lift-queue book swap", "Shelves at the bottom station: take a paperback, leave one.",
                        List.of("community"), IdeaStatus.INBOX, "Inès"),
                new NewIdea("Off-piste for the mind", "A week of workshops where brands leave the groomed slopes of their "
                        + "marketing and try one risky idea, coached by the ski patrol's safety rules.",
                        List.of("b2b", "event", "workshop", "brand", "long-form"), IdeaStatus.INBOX, "Inès"));
    }

    static List<NewIdea> many(int count) {
        List<NewIdea> out = new ArrayList<>(count);
        String[] words = {"Chairlift", "Powder", "Chalet", "Fondue", "Avalanche", "Piste", "Summit", "Glacier", "Sledge", "Yeti"};
        IdeaStatus[] statuses = IdeaStatus.values();
        for (int i = 0; i < count; i++) {
            out.add(new NewIdea(String.format("Idea %06d %s", i, words[i % words.length]),
                    "Generated idea number " + i + " about " + words[(i / 7) % words.length].toLowerCase() + ".",
                    List.of("t" + (i % 50)), statuses[i % statuses.length], "Bench"));
        }
        return out;
    }
}
