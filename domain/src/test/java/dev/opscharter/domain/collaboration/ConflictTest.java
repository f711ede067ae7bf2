package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictTest {

    static final DutyType DUTY = new DutyType("CROSS_DEPARTMENT_COORDINATION");
    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final DepartmentCode SERVICE = new DepartmentCode("CUSTOMER_SERVICE");

    static Conflict customerNeed() {
        return Conflict.record(Set.of(SALES, SERVICE), "客户需求的认定有分歧", MANAGER, AT);
    }

    @Test
    void a_conflict_is_between_two_or_more_departments() {
        assertThatThrownBy(() -> Conflict.record(Set.of(SALES), "x", MANAGER, AT))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("parties");
                    assertThat(e.messageKey()).isEqualTo("validation.collaboration.departments");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(customerNeed().parties()).containsExactlyInAnyOrder(SALES, SERVICE);
    }

    @Test
    void the_agreed_resolution_names_who_agreed_and_is_recorded_once() {
        var resolved = customerNeed().resolve("以客户书面需求为准", List.of("张销售", "李客服", "张销售"), MANAGER,
                AT.plusSeconds(3600));

        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.resolution()).hasValueSatisfying(r -> {
            assertThat(r.agreedBy()).containsExactly("张销售", "李客服");
            assertThat(r.plan()).isEmpty();
            assertThat(r.recordedBy()).isEqualTo("manager");
        });
        assertThat(resolved.allowedSteps(MANAGER)).contains(Step.open(ConflictStep.ADD_FOLLOW_UP))
                .filteredOn(step -> step.kind() != ConflictStep.ADD_FOLLOW_UP).noneMatch(Step::isOpen);
        assertThatThrownBy(() -> resolved.resolve("再议", List.of("x"), MANAGER, AT))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.conflict-resolved"));
        assertThatThrownBy(() -> customerNeed().resolve("x", List.of(), MANAGER, AT))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("agreedBy"));
    }

    @Test
    void a_standing_plan_settles_a_new_conflict_with_its_approach_until_it_is_retired() {
        var plan = ResolutionPlan.adopt("客户需求争议", "销售与客服对客户需求认定不一致", "以客户书面需求为准，运营两个工作日内仲裁",
                MANAGER);

        var resolved = customerNeed().apply(plan, List.of("张销售", "李客服"), MANAGER, AT);

        assertThat(resolved.resolution()).hasValueSatisfying(r -> {
            assertThat(r.text()).isEqualTo(plan.approach());
            assertThat(r.plan()).contains(plan.id());
        });
        var retired = plan.retire(MANAGER);
        assertThatThrownBy(() -> customerNeed().apply(retired, List.of("x"), MANAGER, AT))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.plan-retired"));
    }

    @Test
    void follow_up_items_are_kept_with_the_work_item_they_became() {
        var item = ActionItem.of(SERVICE, "更新客户需求确认单", LocalDate.of(2026, 6, 15), DUTY);
        var workItem = WorkItemId.random();

        var conflict = customerNeed().addFollowUp(item, MANAGER).registered(item.id(), workItem);

        assertThat(conflict.followUps()).singleElement().satisfies(f -> {
            assertThat(f.owner()).isEqualTo(SERVICE);
            assertThat(f.workItem()).contains(workItem);
            assertThat(f.isOpen(workItem::equals)).isTrue();
            assertThat(f.isOpen(id -> false)).isFalse();
        });
    }

    @Test
    void only_management_records_and_resolves_conflicts_and_keeps_the_plans() {
        assertThat(customerNeed().allowedSteps(SPECIALIST)).isEmpty();
        for (Runnable step : List.<Runnable>of(
                () -> Conflict.record(Set.of(SALES, SERVICE), "x", SPECIALIST, AT),
                () -> customerNeed().resolve("x", List.of("y"), SPECIALIST, AT),
                () -> ResolutionPlan.adopt("a", "b", "c", SPECIALIST))) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.manage-only"));
        }
    }
}
