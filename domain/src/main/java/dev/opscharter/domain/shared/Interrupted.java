package dev.opscharter.domain.shared;

/** A long run (a compliance check, an import) that the server stopped under: the reason it failed with. */
public final class Interrupted {

    /** Stored as the run's failure; the UI says it in the user's language. */
    public static final String REASON = "interrupted: the server stopped while it ran";

    private Interrupted() {
    }
}
