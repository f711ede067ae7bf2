package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.RectificationFixture;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries.Attention;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries.Recurrence;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.compliance.port.out.FindingHistory.CheckedPeriod;
import dev.opscharter.application.compliance.port.out.FindingHistory.Finding;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectiveActionServiceTest {

    /** 14 May 2026 in Shanghai. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    static final UUID CHECK = UUID.randomUUID();
    static final FindingRef FINDING = new FindingRef(CHECK, "2026-Q1", "ORDER_FULFILMENT", DeviationType.STEP_LATE,
            "SHIP");

    final RectificationFixture fx = new RectificationFixture();
    final CorrectiveActionService service = fx.service();

    static Stream<Actor> notManagers() {
        return Actors.allBut(Role.OPS_MANAGER);
    }

    CorrectiveActionId create() {
        return service.create(new NewCorrectiveAction(FINDING, "发货超时 12 单", 12, "缩短发货时间", "specialist",
                TODAY.plusDays(14), ""));
    }

    long version(CorrectiveActionId id) {
        return fx.actions.byId(id).orElseThrow().version();
    }

    ActionStatus status(CorrectiveActionId id) {
        return fx.actions.byId(id).orElseThrow().status();
    }

    CorrectiveActionId submitted() {
        var id = create();
        fx.actAs(fx.owner);
        service.start(id, version(id));
        service.recordRootCause(id, "仓库排班不足", version(id));
        service.attachEvidence(id, "排班表.xlsx", "application/vnd.ms-excel", "x".getBytes(StandardCharsets.UTF_8));
        service.submit(id, "", version(id));
        fx.actAs(fx.manager);
        return id;
    }

    @Test
    void the_manager_creates_an_action_it_is_audited_and_the_owner_is_told() {
        var id = create();

        var action = fx.actions.byId(id).orElseThrow();
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.owner()).isEqualTo("specialist");
        assertThat(action.assignedBy()).isEqualTo("manager");
        assertEntry(fx.org.onlyAuditEntry(), CREATE, "manager", "CorrectiveAction", id);
        assertThat(fx.notifications.to("specialist")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.corrective-action.assigned");
            assertThat(n.link()).isEqualTo("compliance/actions?action=" + id);
        });
    }

    @ParameterizedTest
    @MethodSource("notManagers")
    void only_an_operations_manager_creates_actions(Actor someone) {
        fx.actAs(someone);
        assertThatThrownBy(this::create).isInstanceOf(AccessDenied.class);
        assertThat(fx.actions.all()).isEmpty();
    }

    @Test
    void the_same_request_twice_raises_one_action_and_notifies_the_owner_once() {
        var request = RequestKey.fresh();
        var draft = new NewCorrectiveAction(FINDING, "发货超时 12 单", 12, "缩短发货时间", "specialist",
                TODAY.plusDays(14), "");

        var first = service.create(request, draft);
        var again = service.create(request, draft);

        assertThat(again).isEqualTo(first);
        assertThat(fx.actions.all()).hasSize(1);
        assertThat(fx.notifications.to("specialist")).hasSize(1);
    }

    @Test
    void the_owner_must_be_a_user_and_the_due_date_not_in_the_past() {
        assertThatThrownBy(() -> service.create(new NewCorrectiveAction(FINDING, "", 1, "t", "nobody",
                TODAY.plusDays(1), ""))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> service.create(new NewCorrectiveAction(FINDING, "", 1, "t", "specialist",
                TODAY.minusDays(1), ""))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.corrective-action.due-in-past"));
        assertThat(fx.actions.all()).isEmpty();
    }

    @Test
    void the_whole_lifecycle_audits_every_step_and_tells_the_manager_of_the_submission() {
        var id = submitted();
        assertThat(status(id)).isEqualTo(ActionStatus.SUBMITTED);
        assertThat(fx.notifications.to("manager")).singleElement()
                .satisfies(n -> assertThat(n.subjectKey()).isEqualTo("notification.corrective-action.submitted"));

        service.verify(id, version(id));
        service.close(id, version(id));

        assertThat(status(id)).isEqualTo(ActionStatus.CLOSED);
        var entries = fx.org.auditLog.entries();
        assertThat(entries).hasSize(7);
        assertThat(entries.subList(1, 7)).allSatisfy(e -> assertThat(e.action()).isEqualTo(UPDATE));
        assertThat(entries.get(1).actor()).isEqualTo("specialist");
        assertThat(entries.getLast().actor()).isEqualTo("manager");
        assertThat(entries.getLast().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.after()).isEqualTo("CLOSED");
        });
    }

    @Test
    void the_evidence_is_stored_with_the_uploader_and_only_downloaded_through_its_action() {
        var id = create();
        fx.actAs(fx.owner);
        var file = service.attachEvidence(id, "照片.png", "image/png", new byte[]{1, 2, 3});

        assertThat(fx.evidence.uploaderOf(file)).contains("specialist");
        assertThat(service.evidenceNames(id)).containsEntry(file, "照片.png");
        assertThat(service.evidence(id, file).content()).containsExactly(1, 2, 3);
        fx.actAs(fx.otherSpecialist);
        assertThatThrownBy(() -> service.evidence(id, file)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void someone_who_may_not_add_evidence_leaves_no_file_behind() {
        var id = create();
        fx.actAs(fx.otherSpecialist);
        assertThatThrownBy(() -> service.attachEvidence(id, "a.pdf", "application/pdf", new byte[]{1}))
                .isInstanceOf(AccessDenied.class);
        fx.actAs(fx.auditor);
        assertThatThrownBy(() -> service.attachEvidence(id, "a.pdf", "application/pdf", new byte[]{1}))
                .isInstanceOf(AccessDenied.class);
        assertThat(fx.evidence.count()).isZero();
    }

    @Test
    void an_auditor_is_refused_every_command_at_every_stage_and_changes_nothing() {
        var open = create();
        var submitted = submitted();
        var verified = submitted();
        service.verify(verified, version(verified));
        var closed = submitted();
        service.verify(closed, version(closed));
        service.close(closed, version(closed));
        var before = fx.actions.all();
        int audited = fx.org.auditLog.entries().size();
        int notified = fx.notifications.sent().size();

        fx.actAs(fx.auditor);
        assertThatThrownBy(this::create).isInstanceOf(AccessDenied.class);
        for (var id : List.of(open, submitted, verified, closed)) {
            long v = version(id);
            List<ThrowingCallable> commands = List.of(
                    () -> service.reassign(id, "other.specialist", TODAY.plusDays(30), v),
                    () -> service.recordRootCause(id, "审计认为", v),
                    () -> service.attachEvidence(id, "a.pdf", "application/pdf", new byte[]{1}),
                    () -> service.start(id, v),
                    () -> service.submit(id, "note", v),
                    () -> service.verify(id, v),
                    () -> service.close(id, v),
                    () -> service.reopen(id, "reason", v));
            assertThat(commands).allSatisfy(command -> assertThatThrownBy(command).isInstanceOf(AccessDenied.class));
        }

        assertThat(fx.actions.all()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(fx.org.auditLog.entries()).hasSize(audited);
        assertThat(fx.notifications.sent()).hasSize(notified);
        // still reads all of it
        assertThat(service.all()).hasSize(4);
        assertThat(service.get(closed).status()).isEqualTo(ActionStatus.CLOSED);
    }

    @Test
    void attention_counts_the_actions_in_the_owners_hands_the_overdue_ones_and_for_the_manager_those_to_verify() {
        var first = create();
        var second = create();
        submitted(); // a third, handed in
        fx.actAs(fx.owner);
        service.start(second, version(second));

        assertThat(service.attention()).isEqualTo(new Attention(2, 0, 0));
        fx.org.clock.advance(Duration.ofDays(15)); // both due in 14 days
        assertThat(service.attention()).isEqualTo(new Attention(2, 2, 0));
        fx.actAs(fx.manager);
        assertThat(service.attention()).isEqualTo(new Attention(0, 0, 1));
        fx.actAs(fx.otherSpecialist);
        assertThat(service.attention()).isEqualTo(new Attention(0, 0, 0));
        assertThat(status(first)).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void the_manager_is_offered_every_enabled_account_but_auditors_and_a_disabled_one_is_refused() {
        var operations = fx.org.departments.all().getFirst();
        fx.org.disabledAccount(fx.org.person("left person", operations).roles(Role.OPS_SPECIALIST).save(), "left");

        assertThat(service.possibleOwners()).containsExactly("director", "manager", "other.specialist", "specialist");
        assertThatThrownBy(() -> service.create(new NewCorrectiveAction(FINDING, "", 1, "t", "left",
                TODAY.plusDays(1), ""))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.corrective-action.owner-disabled"));
        for (var someone : List.of(fx.owner, fx.director, fx.auditor)) {
            fx.actAs(someone);
            assertThatThrownBy(service::possibleOwners).as(someone.name()).isInstanceOf(AccessDenied.class);
        }
    }

    @Test
    void an_auditor_is_never_made_the_owner_and_one_who_already_is_still_changes_nothing() {
        assertThatThrownBy(() -> service.create(new NewCorrectiveAction(FINDING, "", 1, "t", "auditor",
                TODAY.plusDays(1), ""))).isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("owner");
                    assertThat(e.messageKey()).isEqualTo("validation.corrective-action.owner-is-auditor");
                });
        var id = create();
        assertThatThrownBy(() -> service.reassign(id, "auditor", TODAY.plusDays(14), version(id)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThat(fx.actions.byId(id).orElseThrow().owner()).isEqualTo("specialist");

        // assigned before auditors were refused as owners
        var legacy = fx.actions.save(CorrectiveAction.create(FINDING, "", 1, "旧的指派", "auditor", TODAY.plusDays(7), "",
                fx.manager, fx.org.clock.instant()));
        fx.actAs(fx.auditor);
        assertThatThrownBy(() -> service.start(legacy.id(), legacy.version())).isInstanceOf(AccessDenied.class);
        assertThat(status(legacy.id())).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void holding_the_auditor_role_besides_another_is_enough_to_change_nothing() {
        fx.actAs(Actor.user("manager", Set.of(Role.OPS_MANAGER, Role.AUDITOR)));
        assertThatThrownBy(this::create).isInstanceOf(AccessDenied.class);
        assertThat(fx.actions.all()).isEmpty();
    }

    @Test
    void an_empty_file_is_refused() {
        var id = create();
        assertThatThrownBy(() -> service.attachEvidence(id, "a.pdf", "application/pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("attachment"));
    }

    @Test
    void only_the_manager_verifies_and_the_owner_is_refused_by_the_rules() {
        var id = submitted();
        fx.actAs(fx.owner);
        assertThatThrownBy(() -> service.verify(id, version(id)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.corrective-action.manager-only"));
        fx.actAs(fx.director);
        assertThatThrownBy(() -> service.verify(id, version(id))).isInstanceOf(RuleViolation.class);
        assertThat(status(id)).isEqualTo(ActionStatus.SUBMITTED);
    }

    @Test
    void reopening_sends_it_back_to_the_owner_with_the_reason() {
        var id = submitted();
        service.reopen(id, "证据不足", version(id));
        assertThat(status(id)).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(fx.notifications.to("specialist").getLast().arguments()).contains("证据不足");
    }

    @Test
    void a_stale_version_is_refused() {
        var id = create();
        long stale = version(id);
        service.start(id, stale);
        assertThatThrownBy(() -> service.recordRootCause(id, "x", stale)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void reassigning_tells_the_new_owner() {
        var id = create();
        service.reassign(id, "other.specialist", TODAY.plusDays(30), version(id));
        var action = fx.actions.byId(id).orElseThrow();
        assertThat(action.owner()).isEqualTo("other.specialist");
        assertThat(fx.notifications.to("other.specialist")).hasSize(1);
    }

    @Test
    void the_owner_reads_their_own_actions_others_are_hidden_and_auditors_read_everything() {
        var id = create();
        fx.actAs(fx.owner);
        assertThat(service.mine()).extracting(a -> a.id()).containsExactly(id);
        assertThat(service.get(id).id()).isEqualTo(id);
        assertThatThrownBy(service::all).isInstanceOf(AccessDenied.class);

        fx.actAs(fx.otherSpecialist);
        assertThat(service.mine()).isEmpty();
        assertThat(service.byFinding(FINDING)).isEmpty();
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(AccessDenied.class);

        for (var reader : List.of(fx.auditor, fx.director, fx.manager)) {
            fx.actAs(reader);
            assertThat(service.all()).extracting(a -> a.id()).containsExactly(id);
            assertThat(service.byFinding(FINDING)).hasSize(1);
            assertThat(service.get(id).id()).isEqualTo(id);
        }
    }

    @Test
    void by_finding_matches_the_same_check_process_type_and_step() {
        create();
        assertThat(service.byFinding(FINDING)).hasSize(1);
        assertThat(service.byFinding(new FindingRef(CHECK, "2026-Q1", "ORDER_FULFILMENT", DeviationType.STEP_LATE,
                "PACK"))).isEmpty();
        assertThat(service.byFinding(new FindingRef(UUID.randomUUID(), "2026-Q1", "ORDER_FULFILMENT",
                DeviationType.STEP_LATE, "SHIP"))).isEmpty();
    }

    @Test
    void overdue_lists_open_actions_past_their_due_date() {
        var id = create();
        assertThat(service.overdue()).isEmpty();
        fx.org.clock.advance(java.time.Duration.ofDays(15));
        assertThat(service.overdue()).extracting(a -> a.id()).containsExactly(id);
    }

    @Test
    void recurrence_is_unknown_until_the_next_quarter_is_checked() {
        assertThat(service.recurrence(FINDING)).isEqualTo(new Recurrence.NotYetChecked("2026-Q2"));
    }

    @Test
    void recurrence_is_found_when_the_next_quarter_has_the_same_process_type_and_step() {
        var laterCheck = UUID.randomUUID();
        var later = new FindingRef(laterCheck, "2026-Q2", "ORDER_FULFILMENT", DeviationType.STEP_LATE, "SHIP");
        fx.findings.record(new CheckedPeriod(laterCheck, "2026-Q2", List.of(new Finding(later, "发货超时 3 单", 3))));

        assertThat(service.recurrence(FINDING)).isEqualTo(new Recurrence.Recurred(later, "发货超时 3 单", 3));
    }

    @Test
    void a_next_quarter_without_that_deviation_clears_it() {
        var laterCheck = UUID.randomUUID();
        fx.findings.record(new CheckedPeriod(laterCheck, "2026-Q2", List.of(new Finding(
                new FindingRef(laterCheck, "2026-Q2", "ORDER_FULFILMENT", DeviationType.STEP_LATE, "PACK"), "", 2))));

        assertThat(service.recurrence(FINDING)).isEqualTo(new Recurrence.Cleared(laterCheck, "2026-Q2"));
    }

    @Test
    void the_organization_today_is_in_its_time_zone() {
        assertThat(service.today()).isEqualTo(LocalDate.ofInstant(OrganizationFixture.NOW,
                java.time.ZoneId.of("Asia/Shanghai")));
    }
}
