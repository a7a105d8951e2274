package org.offpiste.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.offpiste.llm.KeyringBackend;

/** A keyring kept in memory; its entries are the test's to read and fill. */
public class MemoryKeyring implements KeyringBackend {
    private final Map<String, String> entries;
    private final boolean available;

    public MemoryKeyring() {
        this(new HashMap<>());
    }

    /** A keyring over {@code entries} (several keyrings may share them, as the system's would). */
    public MemoryKeyring(Map<String, String> entries) {
        this(entries, true);
    }

    /** An empty keyring; {@code available} false plays a machine without one. */
    public MemoryKeyring(boolean available) {
        this(new HashMap<>(), available);
    }

    private MemoryKeyring(Map<String, String> entries, boolean available) {
        this.entries = entries;
        this.available = available;
    }

    public Map<String, String> entries() {
        return entries;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public Optional<String> read(String account) {
        return Optional.ofNullable(entries.get(account));
    }

    @Override
    public void write(String account, String secret) {
        entries.put(account, secret);
    }

    @Override
    public void delete(String account) {
        entries.remove(account);
    }
}
