package org.offpiste.judge;

import org.offpiste.i18n.Messages;

/** A criterion's name as the person reads it: Originality and Feasibility in their language. */
final class CriterionLabel {
    private CriterionLabel() {
    }

    static String of(CriterionItem item, Messages messages) {
        switch (item.source()) {
            case ORIGINALITY:
                return messages.get("criteria.builtin.originality");
            case FEASIBILITY:
                return messages.get("criteria.builtin.feasibility");
            default:
                return item.name();
        }
    }
}
