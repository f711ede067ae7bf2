package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.efficiency.WindowDurations;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OptimizationProjects} does, the fake as much as PostgreSQL. The store may hold other tests'
 * projects: each test finds its own by a title of its own, and lands them in a year of its own.
 */
abstract class OptimizationProjectsContract {

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Instant AT = Instant.parse("2026-05-14T02:00:00Z");

    protected abstract OptimizationProjects projects();

    /** The id of an attachment the store accepts as an acceptance report. */
    protected abstract UUID storedAttachment();

    static OptimizationProject planned(String title, Instant at) {
        return OptimizationProject.plan(new ProjectDraft(title, "owner", Optional.of("ORDER_FULFILMENT"), List.of(
                EfficiencyIndicator.typed("processing time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, true,
                        Optional.of(new BigDecimal("5.25")), Optional.of(new BigDecimal("4"))),
                EfficiencyIndicator.typed("orders per person", MetricUnit.COUNT, MetricDirection.HIGHER_IS_BETTER,
                        false, Optional.of(new BigDecimal("40")), Optional.empty()))), MANAGER, at);
    }

    OptimizationProject accepted(String title, LocalDate landed) {
        var saved = projects().save(planned(title, AT));
        var started = projects().save(saved.start(MANAGER));
        var complete = projects().save(started.edit(MANAGER, new ProjectDraft(title, "owner", Optional.empty(),
                List.of(started.indicators().getFirst()))));
        return projects().save(complete.accept(MANAGER, landed, storedAttachment(), landed));
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }

    @Test
    void a_project_is_kept_with_its_indicators_in_order_as_version_1() {
        var project = planned(unique("Faster orders"), AT);

        var saved = projects().save(project);

        assertThat(saved).isEqualTo(project.withVersion(1));
        assertThat(projects().byId(project.id())).contains(saved);
    }

    @Test
    void a_measured_indicator_keeps_where_its_values_come_from() {
        var saved = projects().save(planned(unique("Measured"), AT));
        var before = new WindowDurations(12, Duration.ofHours(10), Duration.ofMinutes(1830));
        var after = new WindowDurations(9, Duration.ofHours(8), Duration.ofHours(20));

        var measured = projects().save(saved.measure(MANAGER, before, after, LocalDate.of(2026, 4, 1), 60));

        assertThat(projects().byId(saved.id())).contains(measured);
        assertThat(measured.indicators()).hasSize(4);
    }

    @Test
    void a_stale_version_is_refused() {
        var saved = projects().save(planned(unique("Stale"), AT));
        projects().save(saved.start(MANAGER));

        assertThatThrownBy(() -> projects().save(saved.cancel(MANAGER))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> projects().save(planned("New", AT).withVersion(3)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void an_accepted_project_keeps_its_landed_day_and_report_and_is_found_by_its_landing() {
        int year = ThreadLocalRandom.current().nextInt(2200, 9000);
        var early = accepted(unique("Early"), LocalDate.of(year, 1, 1));
        var late = accepted(unique("Late"), LocalDate.of(year, 3, 31));
        accepted(unique("Next quarter"), LocalDate.of(year, 4, 1));

        assertThat(projects().byId(late.id())).contains(late);
        assertThat(projects().landedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 1)))
                .containsExactly(early, late);
    }

    @Test
    void the_list_filters_by_state_and_text_and_sorts_by_its_keys() {
        var token = UUID.randomUUID().toString();
        var b = projects().save(planned("B " + token, AT));
        var a = projects().save(planned("A " + token, AT.plusSeconds(1)));
        var started = projects().save(b.start(MANAGER));
        var mine = new ProjectFilter(Optional.empty(), Optional.of(token.toUpperCase()));

        assertThat(projects().count(mine)).isEqualTo(2);
        assertThat(projects().page(mine, PageRequest.first(10))).containsExactly(a, started);
        assertThat(projects().page(mine, new PageRequest(0, 10, List.of(new PageRequest.Order("title", false)))))
                .containsExactly(a, started);
        assertThat(projects().page(mine, new PageRequest(1, 1, List.of(new PageRequest.Order("title", true)))))
                .containsExactly(a);
        var inProgress = new ProjectFilter(Optional.of(ProjectState.IN_PROGRESS), Optional.of(token));
        assertThat(projects().page(inProgress, PageRequest.first(10))).containsExactly(started);
        assertThat(projects().count(inProgress)).isEqualTo(1);
    }

    @Test
    void any_project_created_before_an_instant() {
        projects().save(planned(unique("Created"), AT));

        assertThat(projects().anyCreatedBefore(AT.plusSeconds(1))).isTrue();
        assertThat(projects().anyCreatedBefore(Instant.parse("1990-01-01T00:00:00Z"))).isFalse();
    }
}
