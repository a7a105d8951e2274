package org.offpiste.sparring;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** Naming, renaming and deleting conversations for the pane (the dialogs and the list kept in step). */
final class ConversationTitles {
    private static final int TITLE_LENGTH = 48;

    /** Runs store work in the background, then the rest on the UI thread. */
    interface Calls {
        <T> void call(Callable<T> work, Consumer<? super T> then);
    }

    private final Sparring sparring;
    private final DialogService dialogs;

    ConversationTitles(Sparring sparring, DialogService dialogs) {
        this.sparring = sparring;
        this.dialogs = dialogs;
    }

    /** A title from the first line of the first message, else "Conversation N". */
    static String from(String text, Messages messages, int count) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return messages.get("sparring.conversation.defaultTitle", count + 1);
        }
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }

    void rename(ObjectProperty<Conversation> current, ObservableList<Conversation> all, Messages messages, Calls calls) {
        Conversation c = current.get();
        if (c == null) {
            return;
        }
        dialogs.askText(messages.get("sparring.rename.title"), messages.get("sparring.rename.message"), c.title())
                .map(String::strip).filter(t -> !t.isEmpty())
                .ifPresent(title -> calls.call(() -> sparring.rename(c.id(), title), renamed -> {
                    int i = indexOf(all, renamed.id());
                    if (i >= 0) {
                        all.set(i, renamed);
                    }
                    if (current.get() != null && current.get().id() == renamed.id()) {
                        current.set(renamed);
                    }
                }));
    }

    boolean confirmDelete(Conversation c, Messages messages) {
        return dialogs.confirm(messages.get("sparring.delete.title", c.title()), messages.get("sparring.delete.message"));
    }

    /** Deletes {@code c}; the next conversation in the list (or none) is shown. */
    void delete(Conversation c, ObjectProperty<Conversation> current, ObservableList<Conversation> all, Calls calls) {
        calls.call(() -> {
            sparring.delete(c.id());
            return c;
        }, deleted -> {
            int i = indexOf(all, deleted.id());
            if (i >= 0) {
                all.remove(i);
            }
            current.set(all.isEmpty() ? null : all.get(Math.min(Math.max(i, 0), all.size() - 1)));
        });
    }

    static int indexOf(ObservableList<Conversation> all, long conversationId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == conversationId) {
                return i;
            }
        }
        return -1;
    }
}
