package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.IncidentRef;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link CorrectiveActions} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class CorrectiveActionsContract {

    static final Instant AT = Instant.parse("2026-07-02T03:04:05.123456Z");
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));

    protected abstract CorrectiveActions actions();

    /** An attachment id the store accepts as evidence (the database wants the file to exist). */
    protected abstract UUID storedAttachment();

    /** Unique per test run, so tests on a shared database do not see each other's actions. */
    final String owner = "owner." + UUID.randomUUID().toString().substring(0, 8);

    CorrectiveAction newAction(LocalDate dueOn, Instant at) {
        return CorrectiveAction.create(new FindingRef(UUID.randomUUID(), "2026-Q2", "ORDER_FULFILMENT",
                DeviationType.STEP_SKIPPED, "PACK"), "漏掉打包复核 7 单", 7, "补上打包复核", owner, dueOn, "", MANAGER, at);
    }

    @Test
    void a_new_action_is_stored_as_version_1_with_every_field() {
        var action = newAction(LocalDate.of(2026, 8, 31), AT);

        var saved = actions().save(action);

        assertThat(saved).isEqualTo(action.withVersion(1));
        assertThat(actions().byId(action.id())).contains(saved);
    }

    @Test
    void a_case_level_finding_without_check_or_step_round_trips() {
        var action = CorrectiveAction.create(new FindingRef(null, "2026", "COMPLAINTS", DeviationType.CASE_LATE, null),
                "", 0, "投诉时效", owner, LocalDate.of(2026, 9, 1), "根因已知", MANAGER, AT);

        var saved = actions().save(action);

        assertThat(actions().byId(action.id())).contains(saved);
        assertThat(saved.finding().orElseThrow().check()).isEmpty();
        assertThat(saved.finding().orElseThrow().stepCode()).isEmpty();
    }

    @Test
    void an_incident_follow_up_round_trips_naming_its_incident_and_no_finding() {
        var incident = UUID.randomUUID();
        var action = CorrectiveAction.create(new IncidentRef(incident, "2026-Q3"), "订单系统宕机", 0, "增加磁盘告警",
                owner, LocalDate.of(2026, 9, 1), "日志写满磁盘", MANAGER, AT);

        var saved = actions().save(action);

        var loaded = actions().byId(action.id()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.origin()).isEqualTo(new IncidentRef(incident, "2026-Q3"));
        assertThat(loaded.finding()).isEmpty();
    }

    @Test
    void evidence_and_history_are_kept_in_order_through_the_lifecycle() {
        var saved = actions().save(newAction(LocalDate.of(2026, 8, 31), AT));
        var ownerActor = Actor.user(owner, Set.of(Role.OPS_SPECIALIST));
        var first = storedAttachment();
        var second = storedAttachment();
        var later = AT.plus(1, ChronoUnit.HOURS);

        saved = actions().save(saved.start(ownerActor, later, saved.version()));
        saved = actions().save(saved.recordRootCause(ownerActor, "没有复核清单", later, saved.version()));
        saved = actions().save(saved.attachEvidence(ownerActor, first, "清单.pdf", later, saved.version()));
        saved = actions().save(saved.attachEvidence(ownerActor, second, "照片.png", later, saved.version()));
        saved = actions().save(saved.submit(ownerActor, "已培训", later, saved.version()));

        var loaded = actions().byId(saved.id()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.version()).isEqualTo(6);
        assertThat(loaded.status()).isEqualTo(ActionStatus.SUBMITTED);
        assertThat(loaded.evidence()).containsExactly(first, second);
        assertThat(loaded.history()).hasSize(6);
        assertThat(loaded.history().get(3).remark()).isEqualTo("清单.pdf");
    }

    @Test
    void a_stale_version_is_refused_and_the_stored_action_stays() {
        var saved = actions().save(newAction(LocalDate.of(2026, 8, 31), AT));
        actions().save(saved.start(MANAGER, AT, saved.version()));

        assertThatThrownBy(() -> actions().save(saved.start(MANAGER, AT, saved.version())))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(actions().byId(saved.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void inserting_an_existing_id_again_is_refused() {
        var action = newAction(LocalDate.of(2026, 8, 31), AT);
        actions().save(action);
        assertThatThrownBy(() -> actions().save(action)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void lists_are_newest_first_and_by_owner() {
        var older = actions().save(newAction(LocalDate.of(2026, 8, 31), AT));
        var newer = actions().save(newAction(LocalDate.of(2026, 8, 31), AT.plusSeconds(60)));

        assertThat(actions().ownedBy(owner)).containsExactly(newer, older);
        assertThat(actions().all()).containsSubsequence(newer, older);
        assertThat(actions().ownedBy("nobody." + owner)).isEmpty();
    }

    @Test
    void a_page_of_many_actions_is_selected_sorted_and_cut_by_the_store() {
        var day = LocalDate.of(2026, 10, 10);
        for (int i = 0; i < 600; i++) {
            // every tenth overdue on the day; the rest due later
            actions().save(newAction(i % 10 == 0 ? day.minusDays(1 + i % 7) : day.plusDays(i), AT.plusSeconds(i)));
        }
        var mine = new CorrectiveActions.Selection(Optional.of(owner), Optional.empty(), Optional.empty());

        assertThat(actions().count(mine)).isEqualTo(600);
        var first = actions().page(mine, new PageRequest(0, Integer.MAX_VALUE));
        assertThat(first).hasSize(PageRequest.MAX_LIMIT);
        assertThat(first.getFirst().createdAt()).isEqualTo(AT.plusSeconds(599));
        assertThat(actions().page(mine, new PageRequest(550, 100))).hasSize(50).last()
                .satisfies(a -> assertThat(a.createdAt()).isEqualTo(AT));
        var byDueDate = new PageRequest(0, 3, List.of(new PageRequest.Order("dueOn", false)));
        assertThat(actions().page(mine, byDueDate)).extracting(CorrectiveAction::dueOn)
                .isSorted().allSatisfy(due -> assertThat(due).isEqualTo(day.minusDays(7)));
        var overdue = new CorrectiveActions.Selection(Optional.of(owner), Optional.of(ActionStatus.OPEN),
                Optional.of(day));
        assertThat(actions().count(overdue)).isEqualTo(60);
        assertThat(actions().page(overdue, new PageRequest(0, 500))).hasSize(60)
                .allSatisfy(a -> assertThat(a.isOverdue(day)).isTrue());
        var inProgress = new CorrectiveActions.Selection(Optional.of(owner), Optional.of(ActionStatus.IN_PROGRESS),
                Optional.empty());
        assertThat(actions().count(inProgress)).isZero();
    }

    @Test
    void overdue_on_a_day_means_still_in_the_owners_hands_and_due_before_it() {
        var day = LocalDate.of(2026, 10, 10);
        var dueYesterday = actions().save(newAction(day.minusDays(1), AT));
        var dueLongAgo = actions().save(newAction(day.minusDays(9), AT));
        var dueToday = actions().save(newAction(day, AT));
        var started = actions().save(newAction(day.minusDays(2), AT));
        started = actions().save(started.start(MANAGER, AT, started.version()));
        var handedIn = actions().save(newAction(day.minusDays(3), AT).start(MANAGER, AT, 0)
                .recordRootCause(MANAGER, "x", AT, 0));
        var ownerActor = Actor.user(owner, Set.of(Role.OPS_SPECIALIST));
        actions().save(handedIn.submit(ownerActor, "note", AT, handedIn.version()));

        var overdue = actions().overdueOn(day).stream().filter(a -> a.owner().equals(owner)).toList();

        assertThat(overdue).extracting(CorrectiveAction::id)
                .containsExactly(dueLongAgo.id(), started.id(), dueYesterday.id());
        assertThat(overdue).doesNotContain(dueToday);
    }
}
