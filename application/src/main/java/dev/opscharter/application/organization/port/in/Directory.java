package dev.opscharter.application.organization.port.in;

import java.util.Map;

/**
 * Who is behind a user name, for showing records to people: records keep the user name that acted
 * (it identifies them and never changes), screens and reports show the person's name.
 */
public interface Directory {

    /** Every account's user name with its person's name, e.g. {@code director → 王建国}. */
    Map<String, String> displayNames();

    /**
     * Every person's name by their id as text, for records that name a person by id (an account's
     * person in the audit trail). Names only, like {@link #displayNames()}.
     */
    default Map<String, String> personNames() {
        return Map.of();
    }
}
