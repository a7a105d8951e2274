package org.offpiste.cli;

import java.io.PrintStream;
import java.io.Writer;

/** A Writer onto a PrintStream that keeps the stream's own encoding (the console's), for text meant for people. */
final class PrintStreamWriter extends Writer {
    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        stream.print(new String(chars, off, len));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    @Override
    public void close() {
        stream.flush();
    }
}
