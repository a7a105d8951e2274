package org.offpiste.workspace;

import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.ui.TaskExecutor;

/** The banner's one notice: shown, replaced or dismissed; an information goes away by itself after a while. */
final class Notices {
    private static final Duration NOTICE_TIME = Duration.ofSeconds(8);
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private TaskExecutor.Cancellable timer = () -> { };

    Notices(TaskExecutor executor) {
        this.executor = executor;
    }

    ReadOnlyObjectProperty<Notice> property() {
        return notice.getReadOnlyProperty();
    }

    void show(Notice shown) {
        timer.cancel();
        notice.set(shown);
        if (shown.kind() == Notice.Kind.INFO) {
            timer = executor.onUiLater(NOTICE_TIME, () -> notice.set(null));
        }
    }

    void dismiss() {
        timer.cancel();
        notice.set(null);
    }

    /** Dismisses {@code shown} if it is still the one in the banner. */
    void dismiss(Notice shown) {
        if (notice.get() == shown) {
            dismiss();
        }
    }
}
