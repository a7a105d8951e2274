package org.offpiste.judge;

import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ranking.VoteService;

/**
 * The form of a new dot-vote round: its name, its candidates (the Shortlist, or the Inbox too),
 * the dots each participant has, how many may go on one idea, and whether it is anonymous. The
 * dots follow the number of candidates until the person sets them.
 */
final class NewRoundForm {
    final StringProperty name = new SimpleStringProperty(this, "newName", "");
    final BooleanProperty withInbox = new SimpleBooleanProperty(this, "withInbox");
    final IntegerProperty dots = new SimpleIntegerProperty(this, "newDots", 1);
    final BooleanProperty several = new SimpleBooleanProperty(this, "several");
    final IntegerProperty maxPerIdea = new SimpleIntegerProperty(this, "maxPerIdea");
    final BooleanProperty anonymous = new SimpleBooleanProperty(this, "anonymous");
    final IntegerProperty shortlisted = new SimpleIntegerProperty(this, "shortlisted");
    final IntegerProperty inboxAndShortlist = new SimpleIntegerProperty(this, "inboxAndShortlist");

    NewRoundForm() {
        withInbox.addListener((o, was, now) -> dots.set(defaultDots()));
    }

    /** A fresh form named {@code suggestedName}: one dot per idea, named ballots, the default dots. */
    void reset(String suggestedName) {
        name.set(suggestedName);
        several.set(false);
        maxPerIdea.set(0);
        anonymous.set(false);
        dots.set(defaultDots());
    }

    Set<IdeaStatus> statuses() {
        return withInbox.get() ? Set.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST) : Set.of(IdeaStatus.SHORTLIST);
    }

    /** At most so many dots on one idea: 1 without several, else the cap (0: all of them) within the dots. */
    int mostPerIdea() {
        int most = maxPerIdea.get();
        return several.get() ? (most > 0 ? Math.min(most, dots.get()) : dots.get()) : 1;
    }

    private int defaultDots() {
        return VoteService.defaultAllowance(withInbox.get() ? inboxAndShortlist.get() : shortlisted.get());
    }
}
