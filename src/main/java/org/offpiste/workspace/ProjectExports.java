package org.offpiste.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.export.ExportFiles;
import org.offpiste.export.ExportFormat;
import org.offpiste.export.ExportSource;
import org.offpiste.export.ProjectExporter;
import org.offpiste.export.StoredFacts;
import org.offpiste.i18n.Localizable;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;

/**
 * File › Export: every idea as Markdown, CSV or JSON, or the Shortlist as a PDF one-pager. The
 * project is read off the JavaFX thread, then the person chooses the file, which is written off it
 * too, whole or not at all; an empty Shortlist, a full disk or a read-only folder is a clear message.
 */
public final class ProjectExports {
    private static final Logger LOG = Logger.getLogger(ProjectExports.class.getName());
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Supplier<Optional<OpenProject>> project;
    private final Consumer<Notice> notices;

    ProjectExports(TaskExecutor executor, DialogService dialogs, Supplier<Messages> messages,
                   Supplier<Optional<OpenProject>> project, Consumer<Notice> notices) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.project = project;
        this.notices = notices;
    }

    /** Asks where to write the open project's ideas in {@code format}, then writes them. */
    public void export(ExportFormat format) {
        OpenProject p = project.get().orElse(null);
        if (p == null) {
            return;
        }
        if (!p.readOnly()) {
            p.brief().flush();
        }
        ProjectExporter exporter = new ProjectExporter(messages.get());
        executor.run(() -> exporter.read(p.session(), format.shortlistOnly(), new StoredFacts()),
                source -> chooseAndWrite(p, exporter, format, source),
                e -> failed(e, p.path()));
    }

    private void chooseAndWrite(OpenProject p, ProjectExporter exporter, ExportFormat format, ExportSource source) {
        Messages m = messages.get();
        if (format.shortlistOnly() && source.ideas().isEmpty()) {
            dialogs.showInfo(m.get("export.window.title." + format.extension()), m.get("export.window.emptyShortlist"));
            return;
        }
        String ext = "." + format.extension();
        String name = UntitledNames.displayName(p.path()) + (format.shortlistOnly()
                ? " " + m.get("export.window.shortlistSuffix") : "") + ext;
        dialogs.chooseFileToSave(m.get("export.window.title." + format.extension()), name,
                        m.get("export.window.filter." + format.extension()), "*" + ext)
                .map(chosen -> chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext) ? chosen
                        : chosen.resolveSibling(chosen.getFileName() + ext))
                .ifPresent(target -> executor.run(() -> {
                    ExportFiles.write(target, out -> exporter.write(format, source, out));
                    return target;
                }, t -> notices.accept(new Notice(Notice.Kind.INFO, messages.get().get(
                        format.shortlistOnly() ? "export.window.doneShortlist" : "export.window.done",
                        source.ideas().size(), t))), e -> failed(e, target)));
    }

    private void failed(Throwable e, Path path) {
        Messages m = messages.get();
        String text;
        if (e instanceof Localizable l) {
            text = m.describe(l);
        } else if (e instanceof IOException) {
            LOG.log(Level.WARNING, "Could not write the export " + path, e);
            text = m.get("export.window.cannotWrite", path);
        } else {
            LOG.log(Level.WARNING, "The export of " + path + " failed", e);
            text = m.get("export.window.failed", path);
        }
        dialogs.showError(m.get("export.window.failedTitle"), text);
    }
}
