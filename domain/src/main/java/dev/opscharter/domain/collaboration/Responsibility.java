package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Require;

/** A department's part in a project (e.g. Marketing: the research). */
public record Responsibility(DepartmentCode department, String duty) {

    public static final int MAX_DUTY = 500;

    public Responsibility {
        Require.present(department, "department");
        duty = Require.text(duty, "duty", MAX_DUTY);
    }
}
