package org.offpiste.brief;

import java.util.List;
import java.util.Optional;

/**
 * Where the brief and its versions are kept. Implemented in the store package; every call
 * writes through to the project file before it returns.
 */
public interface BriefStore {

    /** The newest version, or empty for a project whose brief was never written. */
    Optional<BriefVersion> latest();

    /** Appends a new version holding {@code brief}. */
    BriefVersion append(Brief brief);

    /** Overwrites the content of version {@code id} (used while a person keeps typing). */
    BriefVersion amend(long id, Brief brief);

    /** All versions, newest first. */
    List<BriefVersion> versions();

    Optional<BriefVersion> version(long id);
}
