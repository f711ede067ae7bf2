package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A department of the company. Departments are data: the default set is seeded, the administrator
 * adds, renames and deactivates them. A deactivated department keeps its history.
 */
public record Department(DepartmentId id, DepartmentCode code, BilingualName name, DepartmentKind kind,
                         boolean active, long version) {

    public Department {
        Objects.requireNonNull(id);
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Require.present(kind, "kind");
    }

    public static Department create(DepartmentCode code, BilingualName name, DepartmentKind kind) {
        return new Department(DepartmentId.random(), code, name, kind, true, 0);
    }

    public static Department reconstitute(DepartmentId id, DepartmentCode code, BilingualName name,
                                          DepartmentKind kind, boolean active, long version) {
        return new Department(id, code, name, kind, active, version);
    }

    /** A change the administrator made to a copy loaded at {@code version}. */
    public Department edit(DepartmentCode newCode, BilingualName newName, DepartmentKind newKind, long version) {
        return new Department(id, newCode, newName, newKind, active, version);
    }

    /** Edit always; of deactivate and reactivate the one that changes something (see {@link AdministeredSteps}). */
    public List<Step<DepartmentStep>> allowedSteps(Actor actor) {
        return AdministeredSteps.of(actor, DepartmentStep.values(), this::guard);
    }

    private Optional<Refusal> guard(DepartmentStep kind) {
        return switch (kind) {
            case EDIT -> Optional.empty();
            case DEACTIVATE -> active ? Optional.empty() : Refusal.because("rule.department.inactive", code.value());
            case REACTIVATE -> active ? Refusal.because("rule.department.active", code.value()) : Optional.empty();
        };
    }

    public Department deactivate(long version) {
        Refusal.enforce(guard(DepartmentStep.DEACTIVATE));
        return new Department(id, code, name, kind, false, version);
    }

    public Department reactivate(long version) {
        Refusal.enforce(guard(DepartmentStep.REACTIVATE));
        return new Department(id, code, name, kind, true, version);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** The fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", code.value());
        fields.put("nameZh", name.chinese());
        fields.put("nameEn", name.english());
        fields.put("kind", kind.name());
        fields.put("active", Boolean.toString(active));
        return fields;
    }
}
