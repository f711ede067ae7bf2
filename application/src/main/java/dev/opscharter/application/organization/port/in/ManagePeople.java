package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;

import java.time.LocalDate;
import java.util.Set;

/** The administrator keeps the people of the company and the roles they hold. */
public interface ManagePeople {

    /** Hires once per request: the same {@code request} again answers the person it hired. */
    PersonId hire(RequestKey request, PersonDraft draft);

    /** For a caller that never repeats a request (seeding, tests). */
    default PersonId hire(PersonDraft draft) {
        return hire(RequestKey.fresh(), draft);
    }

    void update(PersonId id, PersonDraft draft, long version);

    /** Records a departure; the person's account is disabled in the same transaction. */
    void recordDeparture(PersonId id, LocalDate leftOn, long version);

    void rehire(PersonId id, long version);

    record PersonDraft(String name, String email, DepartmentId department, Set<Role> roles, boolean coreStaff,
                       LocalDate joinedOn) {
    }
}
