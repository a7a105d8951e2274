package org.offpiste.cli;

/** A failure the person can act on: an exit code and a message of the {@code cli} bundle (or another). */
final class CliFailure extends RuntimeException {
    private final int exitCode;
    private final String key;
    private final transient Object[] args;

    CliFailure(int exitCode, String key, Object... args) {
        super(key);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args.clone();
    }

    int exitCode() {
        return exitCode;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }

    static CliFailure usage(String key, Object... args) {
        return new CliFailure(ExitCode.USAGE, key, args);
    }

    static CliFailure input(String key, Object... args) {
        return new CliFailure(ExitCode.INPUT, key, args);
    }
}
