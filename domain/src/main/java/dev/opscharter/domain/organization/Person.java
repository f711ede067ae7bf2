package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of the company: where they work, the roles they hold in OpsCharter, whether they count
 * as core staff (for the retention indicator) and whether they still work here.
 */
public record Person(PersonId id, String name, EmailAddress email, DepartmentId departmentId, Set<Role> roles,
                     boolean coreStaff, LocalDate joinedOn, Employment employment, long version) {

    public static final int MAX_NAME_LENGTH = 80;

    public Person {
        Objects.requireNonNull(id);
        name = Require.text(name, "name", MAX_NAME_LENGTH);
        Objects.requireNonNull(email);
        Require.present(departmentId, "department");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        BusinessDate.check(Require.present(joinedOn, "joinedOn"), "joinedOn");
        Objects.requireNonNull(employment);
        if (employment instanceof Employment.Left(LocalDate on)) {
            BusinessDate.check(on, "leftOn");
        }
        if (employment instanceof Employment.Left(LocalDate on) && on.isBefore(joinedOn)) {
            throw new InvalidValue("leftOn", "validation.left-before-joined");
        }
    }

    public static Person hire(String name, EmailAddress email, DepartmentId departmentId, Set<Role> roles,
                              boolean coreStaff, LocalDate joinedOn) {
        return new Person(PersonId.random(), name, email, departmentId, roles, coreStaff, joinedOn,
                Employment.ACTIVE, 0);
    }

    public static Person reconstitute(PersonId id, String name, EmailAddress email, DepartmentId departmentId,
                                      Set<Role> roles, boolean coreStaff, LocalDate joinedOn,
                                      Employment employment, long version) {
        return new Person(id, name, email, departmentId, roles, coreStaff, joinedOn, employment, version);
    }

    public Person edit(String newName, EmailAddress newEmail, DepartmentId newDepartment, Set<Role> newRoles,
                       boolean newCoreStaff, LocalDate newJoinedOn, long version) {
        return new Person(id, newName, newEmail, newDepartment, newRoles, newCoreStaff, newJoinedOn, employment,
                version);
    }

    /** Edit always; a departure for someone who works here, a rehire for someone who left. */
    public List<Step<PersonStep>> allowedSteps(Actor actor) {
        return AdministeredSteps.of(actor, PersonStep.values(), this::guard);
    }

    private Optional<Refusal> guard(PersonStep kind) {
        return switch (kind) {
            case EDIT -> Optional.empty();
            case RECORD_DEPARTURE -> isActive() ? Optional.empty() : Refusal.because("rule.person.left", name);
            case REHIRE -> isActive() ? Refusal.because("rule.person.active", name) : Optional.empty();
        };
    }

    /** Records a departure; the person stays for history, their account is closed by the use case. */
    public Person leave(LocalDate on, long version) {
        Refusal.enforce(guard(PersonStep.RECORD_DEPARTURE));
        return new Person(id, name, email, departmentId, roles, coreStaff, joinedOn, new Employment.Left(on),
                version);
    }

    /** Undoes a departure recorded by mistake. */
    public Person rehire(long version) {
        Refusal.enforce(guard(PersonStep.REHIRE));
        return new Person(id, name, email, departmentId, roles, coreStaff, joinedOn, Employment.ACTIVE, version);
    }

    public boolean isActive() {
        return employment instanceof Employment.Active;
    }

    public boolean isNew() {
        return version == 0;
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("email", email.value());
        fields.put("department", departmentId.toString());
        fields.put("roles", String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList())));
        fields.put("coreStaff", Boolean.toString(coreStaff));
        fields.put("joinedOn", joinedOn.toString());
        fields.put("leftOn", employment instanceof Employment.Left(LocalDate on) ? on.toString() : "");
        return fields;
    }
}
