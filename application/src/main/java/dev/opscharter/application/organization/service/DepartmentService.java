package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

public final class DepartmentService implements ManageDepartments, DepartmentQueries {

    static final String ENTITY = "Department";

    private final Departments departments;
    private final Transactions transactions;
    private final Once once;
    private final CurrentActor actor;
    private final Audit audit;

    public DepartmentService(Departments departments, Transactions transactions, ProcessedRequests processed,
                             CurrentActor actor, Audit audit) {
        this.departments = departments;
        this.transactions = transactions;
        this.once = new Once(processed);
        this.actor = actor;
        this.audit = audit;
    }

    @Override
    public DepartmentId create(RequestKey request, DepartmentDraft draft) {
        requireAdmin();
        var department = Department.create(new DepartmentCode(draft.code()),
                new BilingualName(draft.nameZh(), draft.nameEn()), draft.kind());
        return transactions.inTransaction(() -> once.create(request, ENTITY + ".create", () -> {
            requireUniqueCode(department);
            var saved = departments.save(department);
            audit.created(ENTITY, saved.id(), saved.code().value(), saved.snapshot());
            return saved.id();
        }, DepartmentId::toString, text -> new DepartmentId(UUID.fromString(text))));
    }

    @Override
    public void update(DepartmentId id, DepartmentDraft draft, long version) {
        requireAdmin();
        var code = new DepartmentCode(draft.code());
        var name = new BilingualName(draft.nameZh(), draft.nameEn());
        change(id, AuditAction.UPDATE, d -> d.edit(code, name, draft.kind(), version));
    }

    @Override
    public void deactivate(DepartmentId id, long version) {
        requireAdmin();
        change(id, AuditAction.DEACTIVATE, d -> d.deactivate(version));
    }

    @Override
    public void reactivate(DepartmentId id, long version) {
        requireAdmin();
        change(id, AuditAction.REACTIVATE, d -> d.reactivate(version));
    }

    @Override
    public List<Department> all() {
        AccessDenied.unlessAuthenticated(actor.get());
        return departments.all().stream().sorted(Comparator.comparing(d -> d.code().value())).toList();
    }

    @Override
    public Department get(DepartmentId id) {
        AccessDenied.unlessAuthenticated(actor.get());
        return departments.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    private void change(DepartmentId id, AuditAction action, UnaryOperator<Department> edit) {
        transactions.run(() -> {
            var before = departments.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            var after = edit.apply(before);
            requireUniqueCode(after);
            departments.save(after);
            audit.record(ENTITY, id, after.code().value(), action, before.snapshot(), after.snapshot());
        });
    }

    private void requireUniqueCode(Department department) {
        departments.byCode(department.code())
                .filter(other -> !other.id().equals(department.id()))
                .ifPresent(other -> {
                    throw new InvalidValue("code", "validation.department-code.taken", department.code().value());
                });
    }

    private void requireAdmin() {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN);
    }

    // qualified names: another change edits this file's imports (issue 12)
    @Override
    public List<Department> page(dev.opscharter.application.organization.DepartmentFilter filter,
                                 dev.opscharter.application.shared.PageRequest page) {
        AccessDenied.unlessAuthenticated(actor.get());
        return departments.page(filter, page);
    }

    @Override
    public long count(dev.opscharter.application.organization.DepartmentFilter filter) {
        AccessDenied.unlessAuthenticated(actor.get());
        return departments.count(filter);
    }
}
