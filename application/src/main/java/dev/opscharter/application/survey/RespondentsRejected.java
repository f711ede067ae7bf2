package dev.opscharter.application.survey;

import java.util.List;

/**
 * An uploaded list of respondents that invites nobody, and why: every problem found, by row, as an
 * i18n key with its arguments so the screen says it in the user's language. The list is all or nothing.
 */
public final class RespondentsRejected extends RuntimeException {

    /** Problems reported at most: enough to fix a file, without a message of thousands of lines. */
    public static final int MAX_PROBLEMS = 50;

    private final List<Problem> problems;

    public RespondentsRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) in the respondents' file, the first: " + problems.getFirst());
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    public static RespondentsRejected at(long row, String messageKey, Object... arguments) {
        return new RespondentsRejected(List.of(new Problem(row, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param row the file's row (1-based, the header is row 1); 0 for the file as a whole */
    public record Problem(long row, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
