package org.offpiste.facilitate;

/** A technique a model round can use: its id, and its name in the person's language. */
public record TechniqueChoice(String id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
