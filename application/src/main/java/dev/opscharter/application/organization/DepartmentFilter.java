package dev.opscharter.application.organization;

import dev.opscharter.domain.organization.Department;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which departments a list shows: those whose code or either name holds the text, in any case.
 * Shared by the query port and the store, so it lives beside them rather than in either.
 */
public record DepartmentFilter(String text) {

    public static final DepartmentFilter ALL = new DepartmentFilter("");

    public DepartmentFilter {
        text = text.strip();
    }

    /** The text as the stores match it: lower case. */
    public String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean matches(Department department) {
        var needle = needle();
        return needle.isEmpty() || Stream.of(department.code().value(), department.name().chinese(),
                department.name().english()).anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }
}
