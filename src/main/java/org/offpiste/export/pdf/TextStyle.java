package org.offpiste.export.pdf;

/**
 * How a line of text looks.
 *
 * @param size    font size in points
 * @param leading the height of one line in points
 * @param rgb     the colour, 0xRRGGBB
 */
public record TextStyle(boolean bold, float size, float leading, int rgb) {
}
