package dev.opscharter.application.compliance;

import java.util.List;

/**
 * A process manual file that cannot be read: nothing was imported from it. Names every problem
 * found, in the order of the file, each with its line and an i18n message key.
 */
public final class ManualFileRejected extends RuntimeException {

    /** One problem of a file: the line (from 1), where in the file (a path of keys), and why. */
    public record Problem(int line, String where, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Problem> problems;

    public ManualFileRejected(List<Problem> problems) {
        super(problems.stream().map(p -> "line " + p.line() + " " + p.where() + ": " + p.messageKey()
                + (p.arguments().isEmpty() ? "" : " " + p.arguments())).reduce((a, b) -> a + "; " + b)
                .orElse("rejected"));
        this.problems = List.copyOf(problems);
    }

    public ManualFileRejected(Problem problem) {
        this(List.of(problem));
    }

    /** In the order of the file. */
    public List<Problem> problems() {
        return problems;
    }
}
