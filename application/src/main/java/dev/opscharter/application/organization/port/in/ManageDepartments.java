package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;

/** The administrator keeps the list of departments. Every change is audited. */
public interface ManageDepartments {

    /** Creates once per request: the same {@code request} again answers the department it created. */
    DepartmentId create(RequestKey request, DepartmentDraft draft);

    /** For a caller that never repeats a request (seeding, tests). */
    default DepartmentId create(DepartmentDraft draft) {
        return create(RequestKey.fresh(), draft);
    }

    /** @param version the version the user edited; a newer one in the database refuses the change */
    void update(DepartmentId id, DepartmentDraft draft, long version);

    void deactivate(DepartmentId id, long version);

    void reactivate(DepartmentId id, long version);

    /** What the form holds, as typed; the domain validates it field by field. */
    record DepartmentDraft(String code, String nameZh, String nameEn, DepartmentKind kind) {
    }
}
