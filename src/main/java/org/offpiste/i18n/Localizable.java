package org.offpiste.i18n;

/**
 * An error (or anything else) that knows the bundle key of the sentence that explains it to a
 * person, so a screen can say it in the person's language without depending on where it came from.
 */
public interface Localizable {

    /** A key for {@link Messages#get}, e.g. {@code project.problem.DISK_FULL}. */
    String messageKey();

    /** The arguments of that message. */
    Object[] messageArguments();
}
