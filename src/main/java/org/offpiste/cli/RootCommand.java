package org.offpiste.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code offpiste}: opens the window on the last project (or a new one). */
@Command(name = "offpiste", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {OpenCommand.class, NewCommand.class, BriefCommand.class, AddCommand.class,
            IdeasCommand.class, ImportCommand.class, ExportCommand.class, SettingsCommand.class,
            AskCommand.class, IdeateCommand.class, DiversityCommand.class, VoteCommand.class, RateCommand.class,
            DuelCommand.class, RankingCommand.class, PublishCommand.class, ExportBoardCommand.class})
final class RootCommand implements Callable<Integer> {
    private final CliEnv env;

    RootCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return WindowLauncher.open(env, Optional.empty());
    }
}
