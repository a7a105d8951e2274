package org.offpiste.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds the commands by constructor injection: a command taking a {@link CliEnv} gets this one. */
final class CommandFactory implements CommandLine.IFactory {
    private final CliEnv env;

    CommandFactory(CliEnv env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliEnv.class) {
                return type.cast(c.newInstance(env));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
