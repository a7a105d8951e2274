package org.offpiste.ideation;

/**
 * An image-generator prompt found in a Visualize answer.
 *
 * @param ideaPosition which of the turn's ideas it shows, from 0, in the order they were sent
 * @param negative     Stable Diffusion's negative prompt; empty otherwise
 */
public record ExtractedPrompt(int ideaPosition, Generator generator, String prompt, String negative) {
    public ExtractedPrompt {
        negative = negative == null ? "" : negative;
    }
}
