package dev.opscharter.domain.shared;

/**
 * Something a use case guards, with who is granted it. Each context declares its permissions as one
 * enum ({@code OrganizationPermission}, …); {@link Actor#may} is the one check. They live in the
 * domain so a record's allowed steps can ask the same question the use case does.
 */
public interface Permission {

    Grant grant();

    /** The constant's name, for refusals in the log. */
    String name();
}
