package org.offpiste.cli;

import picocli.CommandLine;

/** {@code --version}: the version in the jar's manifest, or "development build" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    private final CliEnv env;

    VersionProvider(CliEnv env) {
        this.env = env;
    }

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {env.messages().get("cli.version",
                version == null ? env.messages().get("cli.version.development") : version)};
    }
}
