package org.offpiste.ideation;

/**
 * One idea recognised in a model's answer.
 *
 * @param index its place among the answer's ideas, from 0; stable while the answer grows
 * @param title short title, without list markers, bold markers or a facet prefix
 * @param body  the rest of the item (nested sub-points kept, as Markdown), may be empty
 * @param facet what the technique attached to it: a SCAMPER operator ("Eliminate"), a persona,
 *              a petal, a combination… as written in the answer; empty when none
 */
public record ExtractedIdea(int index, String title, String body, String facet) {
    public ExtractedIdea {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        facet = facet == null ? "" : facet;
    }
}
