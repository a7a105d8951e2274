package org.offpiste.ideation;

/** One entry of the technique list, in the interface language. */
public record TechniqueItem(String id, String icon, String name, String summary) {
}
