package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.BoundaryPolicy;
import dev.opscharter.domain.charter.CharterCitation;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;

import static dev.opscharter.adapters.persistence.charter.CharterFixtures.EXECUTIVE;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.FINANCE;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.IT;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.OPERATIONS;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.seededPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link WorkItems} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class WorkItemsContract {

    private static final Instant RAISED_AT = Instant.parse("2026-07-02T03:04:05.123456Z");
    private static final Participant OPS_MANAGER =
            new Participant("王运营", Set.of(Role.OPS_MANAGER), Optional.of(OPERATIONS));
    private static final Participant DIRECTOR =
            new Participant("李总监", Set.of(Role.OPS_DIRECTOR), Optional.of(OPERATIONS));
    private static final Participant FINANCE_LEAD =
            new Participant("赵财务", Set.of(Role.DEPARTMENT_LEAD), Optional.of(FINANCE));

    private final BoundaryPolicy policy = seededPolicy();

    protected abstract WorkItems workItems();

    private WorkItem register(String dutyType) {
        return register(dutyType, RAISED_AT);
    }

    private WorkItem register(String dutyType, Instant at) {
        return WorkItem.register(WorkItemKind.TASK, "任务 " + dutyType, "", new DutyType(dutyType), Optional.empty(),
                policy, "王运营", at);
    }

    /** The same item as stored with another version: what the adapter must hand back. */
    private static WorkItem withVersion(WorkItem item, long version) {
        return WorkItem.reconstitute(item.id(), item.kind(), item.title(), item.description(), item.dutyType(),
                item.decision(), item.status(), item.raisedBy(), item.raisedAt(), item.dueOn(), item.signOff(),
                item.closedBy(), item.closedAt(), item.outcome(), version);
    }

    @Test
    void a_page_of_a_large_register_is_selected_sorted_and_cut_by_the_store() {
        var raiser = "分页-" + UUID.randomUUID();
        for (int i = 0; i < 600; i++) {
            workItems().save(WorkItem.register(WorkItemKind.TASK, "任务 %04d".formatted(i), "",
                    new DutyType(i % 3 == 0 ? "SYSTEM_DEVELOPMENT" : "PROCESS_OPTIMIZATION"), Optional.empty(), policy,
                    raiser, RAISED_AT.plusSeconds(i)));
        }
        var mine = new WorkItems.Selection(Optional.of(new WorkItems.Reader(raiser, Optional.empty())),
                Optional.empty(), Optional.empty(), false, false);

        assertThat(workItems().count(mine)).isEqualTo(600);
        // whatever is asked for, a page holds at most MAX_LIMIT rows; newest first
        var first = workItems().page(mine, new PageRequest(0, 1_000_000));
        assertThat(first).hasSize(PageRequest.MAX_LIMIT);
        assertThat(first.getFirst().title()).isEqualTo("任务 0599");
        assertThat(workItems().page(mine, new PageRequest(550, 100))).extracting(WorkItem::title).hasSize(50)
                .endsWith("任务 0000");
        var byTitle = new PageRequest(3, 2, List.of(new PageRequest.Order("title", false)));
        assertThat(workItems().page(mine, byTitle)).extracting(WorkItem::title).containsExactly("任务 0003", "任务 0004");
        var byTitleDescending = new PageRequest(0, 1, List.of(new PageRequest.Order("title", true)));
        assertThat(workItems().page(mine, byTitleDescending)).extracting(WorkItem::title).containsExactly("任务 0599");
        var unknownKey = new PageRequest(0, 1, List.of(new PageRequest.Order("title; drop table work_item", true)));
        assertThat(workItems().page(mine, unknownKey)).extracting(WorkItem::title).containsExactly("任务 0599");

        var toIt = new WorkItems.Selection(mine.reader(), Optional.of(IT), Optional.empty(), false, true);
        assertThat(workItems().count(toIt)).isEqualTo(200);
        assertThat(workItems().page(toIt, new PageRequest(0, 500))).hasSize(200)
                .allSatisfy(item -> assertThat(item.decision().department()).contains(IT));
        var own = new WorkItems.Selection(mine.reader(), Optional.empty(), Optional.of(Involvement.OWN), true, false);
        assertThat(workItems().count(own)).isEqualTo(400);
        // a reader of another department sees none of them
        var other = new WorkItems.Selection(Optional.of(new WorkItems.Reader("其他-" + raiser, Optional.of(FINANCE))),
                Optional.of(IT), Optional.empty(), false, false);
        assertThat(workItems().count(other)).isZero();
    }

    /** "Waiting for me" is selected by the store exactly as {@link WorkItem#awaits} decides, for every line of the charter. */
    @Test
    void the_items_waiting_for_someone_are_those_the_domain_says_await_them() {
        var raiser = "等待-" + UUID.randomUUID();
        var stored = new java.util.ArrayList<WorkItem>();
        for (var line : policy.charter().lines()) {
            var item = workItems().save(WorkItem.register(WorkItemKind.TASK, "任务 " + line.dutyType().code(), "",
                    line.dutyType(), Optional.empty(), policy, raiser, RAISED_AT));
            stored.add(item);
            if (item.needsSignOff()) {
                stored.add(workItems().save(workItems().save(WorkItem.register(WorkItemKind.TASK, "签批 "
                        + line.dutyType().code(), "", line.dutyType(), Optional.empty(), policy, raiser, RAISED_AT))
                        .requestSignOff(OPS_MANAGER, 1)));
            }
        }
        var reader = Optional.of(new WorkItems.Reader(raiser, Optional.empty()));
        var everyone = new java.util.ArrayList<>(List.of(OPS_MANAGER, DIRECTOR));
        for (var department : List.of(IT, FINANCE, CharterFixtures.HR, EXECUTIVE, OPERATIONS)) {
            everyone.add(new Participant("负责人", Set.of(Role.DEPARTMENT_LEAD), Optional.of(department)));
        }
        everyone.add(new Participant("无部门", Set.of(Role.DEPARTMENT_LEAD), Optional.empty()));
        for (var who : everyone) {
            var selection = new WorkItems.Selection(reader, Optional.empty(), Optional.empty(), false, false,
                    Optional.of(who));
            var expected = stored.stream().filter(item -> item.awaits(who)).map(WorkItem::id).toList();

            assertThat(workItems().page(selection, new PageRequest(0, 500))).as("%s %s", who.roles(), who.department())
                    .extracting(WorkItem::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(workItems().count(selection)).isEqualTo(expected.size());
        }
        assertThat(stored.stream().filter(item -> everyone.stream().anyMatch(item::awaits)).count())
                .as("the seed hands work over and asks for both kinds of sign-off").isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_new_item_is_stored_as_version_1_with_every_field() {
        var item = WorkItem.register(WorkItemKind.ESCALATION, "Q3 门店上新延误", "华东区三家门店的上新排期冲突，需要协调。",
                new DutyType("BUSINESS_LAUNCH"), Optional.of(LocalDate.of(2026, 8, 31)), policy, "王运营", RAISED_AT);

        var saved = workItems().save(item);

        assertThat(saved).isEqualTo(withVersion(item, 1));
        assertThat(workItems().byId(item.id())).contains(saved);
        var citation = saved.decision().citation();
        assertThat(citation.dimensionCode()).isEqualTo("BUSINESS_COORDINATION");
        assertThat(citation.dimension()).isEqualTo(new BilingualName("业务运营统筹", "Business operations coordination"));
        assertThat(citation.textZh()).isEqualTo("统筹业务落地（新品上线、重大活动）");
    }

    @Test
    void every_kind_of_boundary_decision_round_trips() {
        var own = workItems().save(register("PROCESS_OPTIMIZATION"));
        var participate = workItems().save(register("STRATEGIC_PLANNING"));
        var handedOver = workItems().save(register("SYSTEM_DEVELOPMENT"));
        var management = workItems().save(register("RESTRUCTURING"));
        var ownerLead = workItems().save(register("BUDGET_APPROVAL"));

        assertThat(own.decision()).isInstanceOf(BoundaryDecision.Own.class);
        assertThat(participate.decision()).isEqualTo(
                new BoundaryDecision.Participate(EXECUTIVE, participate.decision().citation()));
        assertThat(handedOver.decision()).isEqualTo(
                new BoundaryDecision.Redirect(IT, handedOver.decision().citation(), Optional.empty()));
        assertThat(handedOver.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(management.decision()).isEqualTo(new BoundaryDecision.Redirect(EXECUTIVE,
                management.decision().citation(), Optional.of(SignOffAuthority.MANAGEMENT)));
        assertThat(ownerLead.decision()).isEqualTo(new BoundaryDecision.Redirect(FINANCE,
                ownerLead.decision().citation(), Optional.of(SignOffAuthority.OWNER_DEPARTMENT_LEAD)));
        for (var item : new WorkItem[]{own, participate, handedOver, management, ownerLead}) {
            assertThat(workItems().byId(item.id())).contains(item);
        }
    }

    @Test
    void a_citation_keeps_the_words_of_the_version_it_was_routed_by() {
        var citation = new CharterCitation(7, "EFFICIENCY_OPTIMIZATION", new BilingualName("效率优化管理（旧）", "Efficiency (old)"),
                "系统开发建设（旧措辞）", "System development (old wording)");
        var item = WorkItem.reconstitute(WorkItemId.random(), WorkItemKind.REQUEST, "旧版本路由的请求", "",
                new DutyType("SYSTEM_DEVELOPMENT"), new BoundaryDecision.Redirect(IT, citation, Optional.empty()),
                WorkItemStatus.HANDED_OVER, "王运营", RAISED_AT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", 0);

        var saved = workItems().save(item);

        assertThat(workItems().byId(item.id())).contains(saved);
        assertThat(saved.decision().citation()).isEqualTo(citation);
    }

    @Test
    void a_refused_and_then_approved_sign_off_round_trips_at_every_step() {
        var registered = workItems().save(register("BUDGET_APPROVAL"));
        var requested = workItems().save(registered.requestSignOff(OPS_MANAGER, registered.version()));
        var refusedAt = Instant.parse("2026-07-03T08:00:00.000001Z");
        var refused = workItems().save(
                requested.decideSignOff(FINANCE_LEAD, false, "预算缺少明细", refusedAt, requested.version()));

        assertThat(refused.status()).isEqualTo(WorkItemStatus.OPEN);
        assertThat(refused.signOff()).contains(
                new SignOff(false, "赵财务", Role.DEPARTMENT_LEAD, refusedAt, "预算缺少明细"));
        assertThat(refused.closedBy()).isEmpty();
        assertThat(workItems().byId(registered.id())).contains(refused);

        var again = workItems().save(refused.requestSignOff(OPS_MANAGER, refused.version()));
        var approvedAt = Instant.parse("2026-07-04T09:30:00.654321Z");
        var approved = workItems().save(again.decideSignOff(FINANCE_LEAD, true, "同意", approvedAt, again.version()));

        assertThat(approved.version()).isEqualTo(5);
        assertThat(approved.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(approved.signOff()).contains(new SignOff(true, "赵财务", Role.DEPARTMENT_LEAD, approvedAt, "同意"));
        assertThat(approved.closedBy()).contains("赵财务");
        assertThat(approved.closedAt()).contains(approvedAt);
        assertThat(approved.outcome()).isEqualTo("同意");
        assertThat(workItems().byId(registered.id())).contains(approved);
    }

    @Test
    void an_approval_without_a_comment_keeps_an_empty_comment() {
        var registered = workItems().save(register("RESTRUCTURING"));
        var requested = workItems().save(registered.requestSignOff(OPS_MANAGER, registered.version()));

        var approved = workItems().save(requested.decideSignOff(DIRECTOR, true, "", RAISED_AT, requested.version()));

        assertThat(approved.signOff()).contains(new SignOff(true, "李总监", Role.OPS_DIRECTOR, RAISED_AT, ""));
        assertThat(workItems().byId(registered.id())).contains(approved);
    }

    @Test
    void completed_and_cancelled_items_keep_who_when_and_why() {
        var done = workItems().save(register("PROCESS_OPTIMIZATION"));
        var completedAt = Instant.parse("2026-07-05T10:00:00.5Z");
        var completed = workItems().save(done.complete(OPS_MANAGER, "流程已上线", completedAt, done.version()));
        var withdrawn = workItems().save(register("OPERATIONS_TOOLS"));
        var cancelled = workItems().save(withdrawn.cancel(DIRECTOR, "需求取消", completedAt, withdrawn.version()));

        assertThat(workItems().byId(done.id())).contains(completed);
        assertThat(completed.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(completed.closedAt()).contains(completedAt);
        assertThat(completed.signOff()).isEmpty();
        assertThat(workItems().byId(withdrawn.id())).contains(cancelled);
        assertThat(cancelled.status()).isEqualTo(WorkItemStatus.CANCELLED);
        assertThat(cancelled.outcome()).isEqualTo("需求取消");
    }

    @Test
    void all_lists_the_newest_first() {
        var oldest = workItems().save(register("BOTTLENECK_ANALYSIS", RAISED_AT.minusSeconds(7200)));
        var newest = workItems().save(register("BOTTLENECK_ANALYSIS", RAISED_AT.plusSeconds(7200)));
        var middle = workItems().save(register("BOTTLENECK_ANALYSIS", RAISED_AT));

        var mine = workItems().all().stream()
                .filter(i -> Set.of(oldest.id(), middle.id(), newest.id()).contains(i.id())).toList();

        assertThat(mine).containsExactly(newest, middle, oldest);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(workItems().byId(WorkItemId.random())).isEmpty();
    }

    @Test
    void stale_update_is_refused_and_changes_nothing() {
        var saved = workItems().save(register("PROCESS_SYSTEM"));
        var current = workItems().save(saved.complete(OPS_MANAGER, "完成", RAISED_AT, saved.version()));

        var stale = saved.cancel(OPS_MANAGER, "取消", RAISED_AT, saved.version());

        assertThatThrownBy(() -> workItems().save(stale)).isInstanceOf(ConcurrentModification.class);
        assertThat(workItems().byId(saved.id())).contains(current);
    }

    @Test
    void an_update_from_a_version_ahead_of_the_stored_one_is_refused() {
        var saved = workItems().save(register("PROCESS_SYSTEM"));

        assertThatThrownBy(() -> workItems().save(saved.complete(OPS_MANAGER, "完成", RAISED_AT, saved.version() + 1)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(workItems().byId(saved.id())).contains(saved);
    }

    @Test
    void saving_the_same_new_item_twice_is_refused() {
        var item = register("RISK_IDENTIFICATION");
        var saved = workItems().save(item);

        assertThatThrownBy(() -> workItems().save(item)).isInstanceOf(ConcurrentModification.class);
        assertThat(workItems().byId(item.id())).contains(saved);
    }

    @Test
    void updating_an_item_that_was_never_stored_is_refused() {
        var neverStored = withVersion(register("RISK_IDENTIFICATION"), 1);

        assertThatThrownBy(() -> workItems().save(neverStored)).isInstanceOf(ConcurrentModification.class);
        assertThat(workItems().byId(neverStored.id())).isEmpty();
    }
}
