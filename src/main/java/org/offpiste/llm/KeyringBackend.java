package org.offpiste.llm;

import java.util.Optional;

/**
 * The OS keyring as {@link Secrets} uses it: one secret per account under one service. Any
 * method may throw anything when the machine has no keyring; {@link Secrets} copes.
 */
public interface KeyringBackend {

    /** True when a keyring answered when this backend was created. */
    boolean available();

    /** The secret kept for {@code account}, empty when there is none. */
    Optional<String> read(String account) throws Exception;

    void write(String account, String secret) throws Exception;

    void delete(String account) throws Exception;
}
