package org.offpiste.ideation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The answers of the extraction corpus: {@code corpus/<name>.md} beside {@code <name>.expected.json}. */
final class IdeaCorpus {

    private IdeaCorpus() {
    }

    /** The names of the idea answers ({@code "idea"}) or of the Visualize answers ({@code "visual"}). */
    static Stream<String> names(String kind) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".md"))
                    .map(f -> f.substring(0, f.length() - 3))
                    .filter(n -> n.startsWith("visual-") == kind.equals("visual"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** The answer as the model streamed it; those named {@code crlf-…} came with Windows line endings. */
    static String answer(String name) throws IOException, URISyntaxException {
        String text = Files.readString(dir().resolve(name + ".md"), StandardCharsets.UTF_8);
        return name.startsWith("crlf-") ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
    }

    static String expected(String name) throws IOException, URISyntaxException {
        return Files.readString(dir().resolve(name + ".expected.json"), StandardCharsets.UTF_8);
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(IdeaCorpus.class.getResource("corpus").toURI());
    }
}
