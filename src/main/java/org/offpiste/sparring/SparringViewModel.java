package org.offpiste.sparring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.FrameScheduler;
import org.offpiste.ui.TaskExecutor;

/**
 * The sparring pane: the project's conversations, the thread of the one shown, the composer,
 * and the commands on answers (stop, retry, regenerate, alternatives, edit &amp; resend, show
 * prompt). Every {@link Sparring} call runs through the {@link TaskExecutor}; streamed text is
 * moved to the screen at most once per frame.
 */
public final class SparringViewModel {
    private static final Logger LOG = Logger.getLogger(SparringViewModel.class.getName());
    private final Sparring sparring;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<Conversation> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<MessageItem> thread = FXCollections.observableArrayList();
    private final TechniqueItems techniques;
    private final Composer composer = new Composer();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyObjectWrapper<ProviderSettings> provider = new ReadOnlyObjectWrapper<>(this, "provider");
    private final ReadOnlyStringWrapper shownPrompt = new ReadOnlyStringWrapper(this, "shownPrompt");
    private final BooleanBinding canSend;
    private final AnswerRunner runner;
    private final ConversationTitles titles;
    private CapturedIdeasViewModel ideas;
    private boolean creating;
    private Messages messages = new Messages(Locale.ENGLISH);
    private int generation;
    private boolean disposed;

    public SparringViewModel(Sparring sparring, TaskExecutor executor, FrameScheduler frames, DialogService dialogs,
                             TechniqueLibrary library) {
        this.sparring = sparring;
        this.executor = executor;
        this.dialogs = dialogs;
        this.techniques = new TechniqueItems(library, executor);
        this.runner = new AnswerRunner(executor, frames, this::failed);
        this.titles = new ConversationTitles(sparring, dialogs);
        canSend = Bindings.createBooleanBinding(() -> !readOnly.get() && !runner.isRunning()
                && composer.readyBinding().get(), readOnly, runner.runningProperty(), composer.readyBinding());
        current.addListener((o, was, now) -> {
            if (creating) {
                thread.clear();
            } else if (was == null || now == null || was.id() != now.id()) {
                loadThread();
            }
        });
        load();
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    /** The conversation shown; the pane sets it when the person picks another. */
    public ObjectProperty<Conversation> currentProperty() {
        return current;
    }

    /** The messages of the conversation shown, first to last. */
    public ObservableList<MessageItem> thread() {
        return thread;
    }

    public Composer composer() {
        return composer;
    }

    /** The techniques for Diverge, in the interface language. */
    public ObservableList<TechniqueItem> techniques() {
        return techniques.items();
    }

    /** True while an answer is being produced. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    /** True while Stop can act (the answer has started). */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return runner.stoppableProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canSendBinding() {
        return canSend;
    }

    /** The provider and model that answer now. */
    public ReadOnlyObjectProperty<ProviderSettings> providerProperty() {
        return provider.getReadOnlyProperty();
    }

    /** The prompt text to show in the prompt dialog, or null when none is shown. */
    public ReadOnlyStringProperty shownPromptProperty() {
        return shownPrompt.getReadOnlyProperty();
    }

    /** How many times streamed text was moved to the screen (at most once per frame). */
    public ReadOnlyIntegerProperty textUpdatesProperty() {
        return runner.textUpdatesProperty();
    }

    /** A project opened read-only: its conversations can be read, not continued. */
    public void markReadOnly() {
        readOnly.set(true);
    }

    /** With the ideation engine, answers show their captured ideas and Diverge its tactics (else ideas() is null). */
    public void useIdeation(CapturedIdeasViewModel value) {
        ideas = value;
    }

    public CapturedIdeasViewModel ideas() {
        return ideas;
    }

    /** The language of the dialogs and default titles (the view sets it). */
    public void setMessages(Messages value) {
        messages = value;
        techniques.rebuild(value.locale());
    }

    public void newConversation() {
        String title = messages.get("sparring.conversation.defaultTitle", conversations.size() + 1);
        call(() -> sparring.newConversation(title), c -> {
            conversations.add(0, c);
            current.set(c);
        });
    }

    public void renameConversation() {
        titles.rename(current, conversations, messages, this::call);
    }

    /** Deletes the conversation shown, once the person confirms. */
    public void deleteConversation() {
        Conversation c = current.get();
        if (c == null || !titles.confirmDelete(c, messages)) {
            return;
        }
        if (runner.conversation() == c.id()) {
            runner.stop();
        }
        titles.delete(c, current, conversations, this::call);
    }

    /** Sends what the composer holds (or the edited message), creating a conversation if none is open. */
    public void send() {
        send(false);
    }

    /** "Push further" (Diverge): a round that leaves the board's crowded themes. */
    public void pushFurther() {
        send(composer.modeProperty().get() == Mode.DIVERGE);
    }

    private void send(boolean pushFurther) {
        if (!canSend.get()) {
            return;
        }
        MessageItem edited = composer.editingProperty().get();
        if (edited != null) {
            String text = composer.textProperty().get().strip();
            int at = thread.indexOf(edited);
            start(l -> sparring.editAndResend(edited.id(), text, l), ex -> {
                if (at >= 0 && at < thread.size()) {
                    thread.remove(at, thread.size());
                }
                int n = edited.alternativesProperty().get() + 1;
                thread.add(new MessageItem(ex.question(), n, n));
                return answer(ex, 1, 1);
            });
            return;
        }
        Turn turn = composer.turn(pushFurther);
        withConversation(turn.text(), c -> start(l -> sparring.send(c.id(), turn, l), ex -> {
            thread.add(new MessageItem(ex.question(), 1, 1));
            return answer(ex, 1, 1);
        }));
    }

    /** Stops the answer being produced; what arrived is kept, marked as stopped. */
    public void stop() {
        runner.stop();
    }

    /** Edit &amp; resend: puts the person's message in the composer; sending stores the new version. */
    public void startEdit(MessageItem question) {
        if (question != null && !question.isAnswer()) {
            composer.edit(question);
        }
    }

    public void cancelEdit() {
        composer.clear();
    }

    /** Shows the exact text that Send would send now. */
    public void showPromptPreview() {
        Turn turn = composer.turn();
        withConversation(turn.text(), c -> call(() -> sparring.preview(c.id(), turn).asText(), shownPrompt::set));
    }

    /** Shows the text that was sent for this answer. */
    public void showPrompt(MessageItem answer) {
        if (answer.provenance() != null) {
            shownPrompt.set(answer.provenance().prompt());
        }
    }

    public void closePrompt() {
        shownPrompt.set(null);
    }

    /** Asks again for an answer that failed, stopped or was cut; the new one takes its place. */
    public void retry(MessageItem answer) {
        if (answer.canRetry()) {
            replaceAnswer(answer, l -> sparring.retry(answer.id(), l));
        }
    }

    /** A new answer to the same message; the earlier one stays reachable as an alternative. */
    public void regenerate(MessageItem answer) {
        if (answer.isAnswer() && !answer.isStreaming()) {
            replaceAnswer(answer, l -> sparring.regenerate(answer.id(), l));
        }
    }

    /** Shows the previous ({@code step} -1) or next (+1) alternative of a message. */
    public void showAlternative(MessageItem item, int step) {
        Conversation c = current.get();
        if (c == null || runner.isRunning()) {
            return;
        }
        int wanted = item.alternativeProperty().get() + step;
        if (wanted < 1 || wanted > item.alternativesProperty().get()) {
            return;
        }
        int gen = ++generation;
        call(() -> {
            List<Message> siblings = sparring.alternatives(item.id());
            sparring.choose(siblings.get(Math.min(wanted, siblings.size()) - 1).id());
            return ThreadEntry.read(sparring, c.id());
        }, entries -> show(gen, entries));
    }

    /** Uses these settings for the next answers (the settings dialog's OK). */
    public void useProvider(ProviderSettings settings) {
        call(() -> {
            sparring.useProvider(settings);
            return sparring.provider();
        }, provider::set);
    }

    /** Stops following the project; a running answer is stopped in the background (what arrived is kept). */
    public void dispose() {
        runner.stop();
        techniques.dispose();
        disposed = true;
    }

    private void load() {
        call(() -> Map.entry(sparring.conversations(), sparring.provider()), start -> {
            provider.set(start.getValue());
            conversations.setAll(start.getKey().stream()
                    .sorted(Comparator.comparing(Conversation::updatedAt).reversed()).toList());
            if (conversations.isEmpty()) {
                loading.set(false);
            } else {
                current.set(conversations.get(0));
            }
        });
    }

    private void loadThread() {
        Conversation c = current.get();
        int gen = ++generation;
        thread.clear();
        if (c == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        call(() -> ThreadEntry.read(sparring, c.id()), entries -> show(gen, entries));
    }

    private void show(int gen, List<ThreadEntry> entries) {
        if (gen != generation || disposed) {
            return;
        }
        MessageItem live = runner.item();
        thread.setAll(entries.stream().map(e -> {
            if (live != null && live.id() == e.message().id()) {
                live.alternatives(e.alternative(), e.alternatives());
                return live;
            }
            return new MessageItem(e.message(), e.alternative(), e.alternatives());
        }).toList());
        loading.set(false);
    }

    private void replaceAnswer(MessageItem old, Function<ExchangeListener, Exchange> call) {
        int count = old.alternativesProperty().get() + 1;
        start(call, ex -> {
            int at = thread.indexOf(old);
            if (at >= 0) {
                thread.remove(at, thread.size());
            }
            return answer(ex, count, count);
        });
    }

    private MessageItem answer(Exchange ex, int index, int count) {
        MessageItem a = new MessageItem(ex.answer(), index, count);
        thread.add(a);
        return a;
    }

    /** Starts an exchange in the conversation shown; {@code place} puts its items in the thread. */
    private void start(Function<ExchangeListener, Exchange> call, Function<Exchange, MessageItem> place) {
        if (disposed || current.get() == null) {
            return;
        }
        long conversation = current.get().id();
        runner.start(conversation, call, ex -> {
            composer.clear();
            return current.get() != null && current.get().id() == conversation ? place.apply(ex) : null;
        });
    }

    /** Runs {@code work} with the conversation shown, creating one titled after {@code text} if none is. */
    private void withConversation(String text, Consumer<Conversation> then) {
        Conversation c = current.get();
        if (c != null) {
            then.accept(c);
            return;
        }
        String title = ConversationTitles.from(text, messages, conversations.size());
        call(() -> sparring.newConversation(title), created -> {
            conversations.add(0, created);
            generation++;
            creating = true;
            current.set(created);
            creating = false;
            loading.set(false);
            then.accept(created);
        });
    }

    <T> void call(Callable<T> work, Consumer<? super T> then) {
        executor.run(work, result -> {
            if (!disposed) {
                then.accept(result);
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        LOG.log(Level.WARNING, "Sparring call failed", e);
        loading.set(false);
        if (!disposed) {
            dialogs.showError(messages.get("sparring.error.title"), messages.get("sparring.error.message"));
        }
    }
}
