package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;

/**
 * A place in an answer where an idea may start: a heading, an "Idea 3:" label, a list item or
 * a JSON object. Its span runs from its line to the line that closes it; the nodes inside the
 * span are its children.
 */
final class AnswerNode {

    enum Type { HEADING, LABEL, ITEM, JSON }

    /** Levels: headings 1–6, labels 7, list items 10 and deeper by indentation. */
    static final int LABEL_LEVEL = 7;
    static final int ITEM_LEVEL = 10;

    final Type type;
    final int level;
    final int line;
    final String content;
    final boolean numbered;
    final AnswerWords.Verdict context;
    final AnswerNode parent;
    final List<AnswerNode> children = new ArrayList<>();
    /** For list items: the indentation of its marker. */
    int indent;
    /** The line that closed it (exclusive end of its span); -1 while open. */
    int end = -1;
    /** For JSON objects: the idea already read. */
    ExtractTitle.Parsed parsed;
    private ExtractTitle.Parsed head;

    AnswerNode(Type type, int level, int line, String content, boolean numbered, AnswerWords.Verdict context,
            AnswerNode parent) {
        this.type = type;
        this.level = level;
        this.line = line;
        this.content = content;
        this.numbered = numbered;
        this.context = context;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** Title, start of body and facet as its own line gives them. */
    ExtractTitle.Parsed head() {
        if (head == null) {
            head = ExtractTitle.parse(type == Type.HEADING ? ExtractTitle.withoutNumber(content) : content);
        }
        return head;
    }

    boolean closed() {
        return end >= 0;
    }

    /** Whether this is a list item inside another list item. */
    boolean nestedItem() {
        return type == Type.ITEM && parent != null && parent.type == Type.ITEM;
    }

    static int itemLevel(int indent, boolean numbered) {
        return ITEM_LEVEL + (indent / 2) * 2 + (numbered ? 0 : 1);
    }
}
