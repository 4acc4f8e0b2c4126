package jp.mamori.shared;

import java.util.List;

/** Input refused as a whole (422), with every problem found, so users can fix them all at once. */
public class ValidationException extends RuntimeException {

    private final List<Problem> problems;

    public ValidationException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public ValidationException(Problem problem) {
        this(problem.message(), List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
