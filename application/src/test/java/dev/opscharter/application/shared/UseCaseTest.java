package dev.opscharter.application.shared;

import dev.opscharter.application.organization.fakes.InMemoryDepartments;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.application.shared.service.PermissionService;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;
import static dev.opscharter.domain.organization.OrganizationPermission.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit every use case is written with, against the in-memory fakes: permission, version, save, audit, once. */
class UseCaseTest {

    private static final RecordType<DepartmentId, Department> TYPE = new RecordType<>("Department", Department::id,
            d -> d.code().value(), Department::snapshot, Department::version, DepartmentId::toString,
            text -> new DepartmentId(UUID.fromString(text)));

    /** 23:30 in Shanghai on 13 May, still the 13th in UTC. */
    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-05-13T15:30:00Z"));
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final InMemoryProcessedRequests processed = new InMemoryProcessedRequests();
    private final FixedActor actor = FixedActor.as("admin", Role.ADMIN);
    private final InMemoryDepartments departments = new InMemoryDepartments();
    private final UseCase uc = new UseCase(transactions, actor, log, processed,
            new BusinessCalendar(clock, () -> ZoneId.of("Asia/Shanghai")));
    private final AtomicInteger stepsRun = new AtomicInteger();

    private Department stored(String code) {
        return departments.save(Department.create(new DepartmentCode(code), new BilingualName("运营部", "Operations"),
                DepartmentKind.FUNCTIONAL));
    }

    private Department changedBySomeoneElse(Department department) {
        return departments.save(department.edit(department.code(), department.name(), DepartmentKind.OPERATIONS,
                department.version()));
    }

    private Department deactivate(Department department, long version) {
        return uc.change(ADMINISTER, TYPE, departments, department.id(), version, AuditAction.DEACTIVATE, (me, d) -> {
            stepsRun.incrementAndGet();
            return d.deactivate(version);
        });
    }

    @Test
    void a_change_is_saved_and_audited_once_with_the_snapshots_before_and_after() {
        var department = stored("OPS");

        var saved = deactivate(department, department.version());

        assertThat(saved.active()).isFalse();
        assertThat(saved.version()).isEqualTo(department.version() + 1);
        assertThat(departments.byId(department.id())).contains(saved);
        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertEntry(entry, AuditAction.DEACTIVATE, "admin", "Department", department.id());
            assertThat(entry.entityLabel()).isEqualTo("OPS");
            assertThat(entry.occurredAt()).isEqualTo(clock.instant());
            assertThat(entry.changes()).containsExactly(new FieldChange("active", "true", "false"));
        });
        assertThat(transactions.count()).isEqualTo(1);
    }

    @Test
    void the_step_is_given_the_acting_user() {
        var department = stored("OPS");
        var seen = new Actor[1];

        uc.change(ADMINISTER, TYPE, departments, department.id(), department.version(), AuditAction.UPDATE,
                (me, d) -> {
                    seen[0] = me;
                    return d;
                });

        assertThat(seen[0]).isEqualTo(actor.get());
    }

    @Test
    void a_user_without_the_permission_is_refused_before_anything_is_loaded_or_written() {
        var department = stored("OPS");
        actor.actAs(Actor.user("manager", Set.of(Role.OPS_MANAGER)));

        assertThatThrownBy(() -> deactivate(department, department.version())).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("ADMINISTER");

        assertThat(stepsRun).hasValue(0);
        assertThat(transactions.count()).isZero();
        assertThat(departments.byId(department.id())).contains(department);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_before_the_step_runs() {
        var department = stored("OPS");
        var changedMeanwhile = changedBySomeoneElse(department);

        assertThatThrownBy(() -> deactivate(department, department.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(stepsRun).hasValue(0);
        assertThat(departments.byId(department.id())).contains(changedMeanwhile);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_rule_that_refuses_leaves_the_record_and_the_audit_trail_as_they_were() {
        var department = stored("OPS");

        assertThatThrownBy(() -> uc.change(ADMINISTER, TYPE, departments, department.id(), department.version(),
                AuditAction.UPDATE, (me, d) -> {
                    throw new RuleViolation("rule.department.in-use");
                })).isInstanceOf(RuleViolation.class);

        assertThat(departments.byId(department.id())).contains(department);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_missing_record_is_not_found() {
        var missing = DepartmentId.random();

        assertThatThrownBy(() -> uc.change(ADMINISTER, TYPE, departments, missing, 1, AuditAction.UPDATE,
                (me, d) -> d)).isInstanceOf(NotFound.class).hasMessageContaining(missing.toString());
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_change_of_the_latest_version_needs_no_version_from_the_caller() {
        var department = stored("OPS");
        var changedMeanwhile = changedBySomeoneElse(department);

        var saved = uc.changeLatest(ADMINISTER, TYPE, departments, department.id(), AuditAction.DEACTIVATE,
                (me, d) -> d.deactivate(d.version()));

        assertThat(saved.version()).isEqualTo(changedMeanwhile.version() + 1);
        assertThat(log.entries()).hasSize(1);
    }

    @Test
    void a_create_is_saved_and_audited_once() {
        var key = RequestKey.fresh();

        var id = create(key, "OPS");

        assertThat(departments.byId(id)).hasValueSatisfying(d -> assertThat(d.code().value()).isEqualTo("OPS"));
        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertEntry(entry, AuditAction.CREATE, "admin", "Department", id);
            assertThat(entry.changes()).contains(new FieldChange("code", "", "OPS"));
        });
    }

    @Test
    void a_repeated_request_answers_the_first_id_and_writes_nothing_more() {
        var key = RequestKey.fresh();
        var first = create(key, "OPS");

        var again = create(key, "OPS");

        assertThat(again).isEqualTo(first);
        assertThat(stepsRun).hasValue(1);
        assertThat(departments.all()).hasSize(1);
        assertThat(log.entries()).hasSize(1);
    }

    @Test
    void a_refused_create_claims_no_request_so_the_permitted_retry_creates() {
        var key = RequestKey.fresh();
        actor.actAs(Actor.ANONYMOUS);

        assertThatThrownBy(() -> create(key, "OPS")).isInstanceOf(AccessDenied.class).hasMessage("sign in first");
        actor.actAs(Actor.user("admin", Set.of(Role.ADMIN)));
        var id = create(key, "OPS");

        assertThat(departments.byId(id)).isPresent();
        assertThat(log.entries()).hasSize(1);
    }

    private DepartmentId create(RequestKey key, String code) {
        return uc.create(ADMINISTER, key, TYPE, departments, me -> {
            stepsRun.incrementAndGet();
            return Department.create(new DepartmentCode(code), new BilingualName("运营部", "Operations"),
                    DepartmentKind.FUNCTIONAL);
        });
    }

    @Test
    void a_query_is_refused_without_the_permission_and_answered_with_it() {
        stored("OPS");
        actor.actAs(Actor.ANONYMOUS);
        assertThatThrownBy(() -> uc.read(SIGNED_IN, departments::all)).isInstanceOf(AccessDenied.class);

        actor.actAs(Actor.user("li.wei", Set.of()));
        assertThat(uc.read(SIGNED_IN, departments::all)).hasSize(1);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void today_is_the_day_in_the_organizations_zone() {
        assertThat(uc.calendar().now()).isEqualTo(Instant.parse("2026-05-13T15:30:00Z"));
        assertThat(uc.calendar().today()).isEqualTo(LocalDate.of(2026, 5, 13));

        clock.set(Instant.parse("2026-05-13T16:00:00Z"));

        assertThat(uc.calendar().today()).isEqualTo(LocalDate.of(2026, 5, 14));
    }

    @Test
    void my_permissions_answer_what_the_use_case_checks() {
        var permissions = new PermissionService(actor);

        assertThat(permissions.may(ADMINISTER)).isTrue();
        actor.actAs(Actor.user("li.wei", Set.of(Role.OPS_MANAGER)));
        assertThat(permissions.may(ADMINISTER)).isFalse();
        assertThat(permissions.may(SIGNED_IN)).isTrue();
    }

    private enum Kind { EDIT, DEACTIVATE }

    @Test
    void a_record_with_steps_finds_a_step_by_kind() {
        var department = stored("OPS");
        var blocked = Step.blocked(Kind.DEACTIVATE, Refusal.of("rule.department.in-use"));

        var detail = new WithSteps<>(department, List.of(Step.open(Kind.EDIT), blocked));

        assertThat(detail.step(Kind.DEACTIVATE)).contains(blocked);
        assertThat(new WithSteps<>(department, List.of(Step.open(Kind.EDIT))).step(Kind.DEACTIVATE)).isEmpty();
    }
}
