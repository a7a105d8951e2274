package org.offpiste.workspace;

import java.nio.file.Path;
import org.offpiste.project.Session;

/** Opens and creates projects with their services; the composition root supplies it. Throws ProjectException. */
public interface SessionFactory {

    Session open(Path file);

    Session create(Path file);
}
