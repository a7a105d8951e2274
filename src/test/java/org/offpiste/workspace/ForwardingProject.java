package org.offpiste.workspace;

import java.nio.file.Path;
import org.offpiste.board.CommentStore;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VersionStore;
import org.offpiste.brief.BriefStore;
import org.offpiste.capture.CaptureStore;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.NoveltyStore;
import org.offpiste.novelty.ThemeStore;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.DuelStore;
import org.offpiste.ranking.VoteStore;
import org.offpiste.sparring.ConversationStore;
import org.offpiste.workshop.WorkshopStore;

/** A project that hands every store and command to a project file; subclasses change what a team board changes. */
abstract class ForwardingProject implements Project {
    private final Project file;

    ForwardingProject(Project file) {
        this.file = file;
    }

    @Override
    public Path path() {
        return file.path();
    }

    @Override
    public boolean readOnly() {
        return file.readOnly();
    }

    @Override
    public BriefStore briefs() {
        return file.briefs();
    }

    @Override
    public IdeaStore ideas() {
        return file.ideas();
    }

    @Override
    public ConversationStore conversations() {
        return file.conversations();
    }

    @Override
    public OriginStore origins() {
        return file.origins();
    }

    @Override
    public CaptureStore captures() {
        return file.captures();
    }

    @Override
    public NoveltyStore novelty() {
        return file.novelty();
    }

    @Override
    public BaselineStore baselines() {
        return file.baselines();
    }

    @Override
    public ThemeStore themes() {
        return file.themes();
    }

    @Override
    public VersionStore versions() {
        return file.versions();
    }

    @Override
    public CommentStore comments() {
        return file.comments();
    }

    @Override
    public CriteriaStore criteria() {
        return file.criteria();
    }

    @Override
    public VoteStore votes() {
        return file.votes();
    }

    @Override
    public DuelStore duels() {
        return file.duels();
    }

    @Override
    public WorkshopStore workshop() {
        return file.workshop();
    }

    @Override
    public void saveCopyAs(Path target) {
        file.saveCopyAs(target);
    }

    @Override
    public void close() {
        file.close();
    }
}
