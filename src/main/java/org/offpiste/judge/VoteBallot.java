package org.offpiste.judge;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One participant's ballot while it is filled in: the candidates in that participant's order, the
 * dots put on each, the dots left (negative when too many) and the name in a named round. Used on
 * the UI thread only.
 */
public final class VoteBallot {
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Card> cardsShown = FXCollections.unmodifiableObservableList(cards);
    private final StringProperty voter = new SimpleStringProperty(this, "voter", "");
    private final ReadOnlyIntegerWrapper left = new ReadOnlyIntegerWrapper(this, "left");
    private int allowance;
    private int maxPerIdea;

    /** A candidate as a card: its title, a short body, and the dots put on it. */
    public static final class Card {
        private final long ideaId;
        private final String title;
        private final String body;
        private final IntegerProperty dots = new SimpleIntegerProperty(this, "dots");

        Card(long ideaId, String title, String body) {
            this.ideaId = ideaId;
            this.title = title;
            this.body = body;
        }

        public long ideaId() {
            return ideaId;
        }

        public String title() {
            return title;
        }

        public String body() {
            return body;
        }

        public ReadOnlyIntegerProperty dotsProperty() {
            return dots;
        }

        public int dots() {
            return dots.get();
        }
    }

    public ObservableList<Card> getCards() {
        return cardsShown;
    }

    public StringProperty voterProperty() {
        return voter;
    }

    /** Dots still to give; below zero when too many are given. */
    public ReadOnlyIntegerProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    public int allowance() {
        return allowance;
    }

    public int maxPerIdea() {
        return maxPerIdea;
    }

    /** Starts a fresh ballot over {@code shown}, in their order. */
    void start(List<Card> shown, int allowanceEach, int maxOnOne) {
        this.allowance = allowanceEach;
        this.maxPerIdea = maxOnOne;
        voter.set("");
        cards.setAll(shown);
        left.unbind();
        left.bind(Bindings.createIntegerBinding(() -> allowance - given(),
                cards.stream().map(Card::dotsProperty).toArray(javafx.beans.Observable[]::new)));
    }

    /** Forgets the ballot (after it was cast: the next participant must not see it). */
    void clear() {
        left.unbind();
        left.set(0);
        cards.clear();
        voter.set("");
    }

    /** One more dot on the card, up to the round's limit per idea (the allowance is checked on submit). */
    public void add(Card card) {
        if (card.dots.get() < maxPerIdea) {
            card.dots.set(card.dots.get() + 1);
        }
    }

    public void remove(Card card) {
        if (card.dots.get() > 0) {
            card.dots.set(card.dots.get() - 1);
        }
    }

    /** Sets the card's dots (clicking the n-th dot), within 0 and the limit per idea. */
    public void set(Card card, int dots) {
        card.dots.set(Math.max(0, Math.min(maxPerIdea, dots)));
    }

    /** Each dot as the id of its idea (an idea with two dots appears twice). */
    List<Long> dots() {
        List<Long> out = new ArrayList<>();
        for (Card c : cards) {
            for (int i = 0; i < c.dots(); i++) {
                out.add(c.ideaId());
            }
        }
        return out;
    }

    private int given() {
        return cards.stream().mapToInt(Card::dots).sum();
    }
}
