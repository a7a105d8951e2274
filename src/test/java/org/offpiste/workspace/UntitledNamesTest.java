package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntitledNamesTest {
    @TempDir
    Path folder;

    @Test
    void takesTheFirstFreeUntitledName() throws IOException {
        assertThat(UntitledNames.next(folder)).isEqualTo(folder.resolve("Untitled.offpiste"));
        Files.createFile(folder.resolve("Untitled.offpiste"));
        Files.createFile(folder.resolve("Untitled 2.offpiste"));

        assertThat(UntitledNames.next(folder)).isEqualTo(folder.resolve("Untitled 3.offpiste"));
    }

    @Test
    void addsTheExtensionAndShowsTheNameWithoutIt() {
        assertThat(UntitledNames.withExtension(folder.resolve("Campaign"))).isEqualTo(folder.resolve("Campaign.offpiste"));
        assertThat(UntitledNames.withExtension(folder.resolve("a.offpiste"))).isEqualTo(folder.resolve("a.offpiste"));
        assertThat(UntitledNames.displayName(folder.resolve("Télésiège.offpiste"))).isEqualTo("Télésiège");
    }
}
