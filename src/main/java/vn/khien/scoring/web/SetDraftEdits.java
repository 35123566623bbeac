package vn.khien.scoring.web;

import java.util.ArrayList;
import java.util.List;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.SetDraft.CriterionDraft;
import vn.khien.scoring.SetDraft.GradeDraft;
import vn.khien.scoring.SetDraft.GroupDraft;

/**
 * The form's add and remove buttons, without script: each posts the whole draft with an operation
 * ({@code add-group}, {@code add-criterion:1}, {@code remove-criterion:1:2}, {@code add-grade},
 * {@code remove-grade:3}, {@code remove-group:0}); the page shows the changed draft, nothing is saved.
 */
final class SetDraftEdits {

    private SetDraftEdits() {}

    static SetDraft apply(SetDraft draft, String operation) {
        String[] parts = operation == null ? new String[0] : operation.split(":");
        List<GroupDraft> groups = new ArrayList<>(draft.groups());
        List<GradeDraft> grades = new ArrayList<>(draft.grades());
        try {
            switch (parts.length == 0 ? "" : parts[0]) {
                case "add-group" -> groups.add(GroupDraft.empty());
                case "remove-group" -> groups.remove(index(parts, 1));
                case "add-criterion" -> groups.set(index(parts, 1), criteria(groups.get(index(parts, 1)), -1));
                case "remove-criterion" ->
                    groups.set(index(parts, 1), criteria(groups.get(index(parts, 1)), index(parts, 2)));
                case "add-grade" -> grades.add(GradeDraft.empty());
                case "remove-grade" -> grades.remove(index(parts, 1));
                default -> {
                    return draft;
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return draft; // a stale or forged button: nothing to change
        }
        return draft.with(groups, grades);
    }

    /** The group with criterion {@code remove} taken out, or a blank one added when {@code remove} is -1. */
    private static GroupDraft criteria(GroupDraft group, int remove) {
        List<CriterionDraft> criteria = new ArrayList<>(group.criteria());
        if (remove < 0) {
            criteria.add(CriterionDraft.empty());
        } else {
            criteria.remove(remove);
        }
        return new GroupDraft(group.code(), group.titleVi(), group.titleEn(), criteria);
    }

    private static int index(String[] parts, int at) {
        return Integer.parseInt(parts[at]);
    }
}
