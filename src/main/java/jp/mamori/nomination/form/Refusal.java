package jp.mamori.nomination.form;

/** The file cannot be read as a form at all; carries the one error to answer with (never leaves a reader). */
public final class Refusal extends Exception {

    private final transient FormProblem problem;

    Refusal(FormErrorCode code, String message) {
        super(message, null, false, false);
        this.problem = FormProblem.ofFile(code, message);
    }

    Refusal(FormProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public FormProblem problem() {
        return problem;
    }
}
