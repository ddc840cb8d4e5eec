package org.corroborate.text;

/**
 * An input that cannot be read as an article: missing, a directory, binary, too large.
 * Carries the input's name as given so a message can always say which input failed.
 */
public final class InputException extends Exception {
    private final String input;
    private final String problem;

    public InputException(String input, String problem) {
        this(input, problem, null);
    }

    public InputException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
        this.problem = problem;
    }

    /** The input as the user named it: a path, or "-" for standard input. */
    public String input() {
        return input;
    }

    /** What is wrong with it, without the input's name: "no such file", "binary file, not text". */
    public String problem() {
        return problem;
    }
}
