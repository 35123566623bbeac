package vn.khien.scoring.domain;

import java.util.List;

/** One thing wrong with a draft set: the field's path, a message key and its arguments. */
public record DraftProblem(String path, String messageKey, List<Object> arguments) {

    public DraftProblem {
        arguments = List.copyOf(arguments);
    }

    static DraftProblem of(String path, String messageKey, Object... arguments) {
        return new DraftProblem(path, messageKey, List.of(arguments));
    }
}
