package dev.opscharter.application.risks.service;

import dev.opscharter.application.risks.port.in.RunRiskReviews.RatingChange;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskReview.ChangedRating;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.charter.WorkItemStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's reviews on fakes; the clock stands on 14 May 2026, so April is the last month ended. */
class RiskReviewServiceTest {

    static final ReviewPeriod APRIL = new ReviewPeriod.Month(YearMonth.of(2026, 4));
    static final ReviewPeriod Q1 = new ReviewPeriod.Quarter(new Period.Quarter(2026, 1));

    private final RisksFixture f = new RisksFixture();
    private final RiskReviewService service = f.reviewService;

    @Test
    void a_review_records_what_it_reviewed_and_changes_ratings_into_each_risks_history_once_per_request() {
        var supply = f.risk("R-001", 2, 3);
        var system = f.risk("R-002", 1, 5);
        var request = RequestKey.fresh();
        var changes = List.of(new RatingChange(supply, new RiskRating(4, 4), f.version(supply)));

        var id = service.hold(request, APRIL, List.of(supply, system), changes, List.of("R-001 升级为重大风险"));

        assertThat(service.hold(request, APRIL, List.of(supply, system), changes, List.of("again"))).isEqualTo(id);
        var review = service.ofPeriod(APRIL).orElseThrow();
        assertThat(review.changes()).containsExactly(new ChangedRating(supply, new RiskRating(2, 3),
                new RiskRating(4, 4)));
        assertThat(review.decisions()).containsExactly("R-001 升级为重大风险");
        var history = f.stored(supply).history();
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.after()).isEqualTo(new RiskRating(4, 4));
            assertThat(entry.reason()).contains("2026-04");
        });
        assertThat(f.stored(system).history()).isEmpty();
        assertThat(service.countReviews()).isEqualTo(1);
    }

    @Test
    void a_stale_risk_or_a_running_month_refuses_the_review_before_any_rating_changes() {
        var supply = f.risk("R-001", 2, 3);
        var stale = f.version(supply);
        f.riskService.plan(supply, "更多控制", "预案", stale);

        assertThatThrownBy(() -> service.hold(RequestKey.fresh(), APRIL, List.of(supply),
                List.of(new RatingChange(supply, new RiskRating(5, 5), stale)), List.of()))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.hold(RequestKey.fresh(), new ReviewPeriod.Month(YearMonth.of(2026, 5)),
                List.of(supply), List.of(new RatingChange(supply, new RiskRating(5, 5), f.version(supply))),
                List.of())).isInstanceOf(RuleViolation.class);
        assertThat(f.stored(supply).rating()).isEqualTo(new RiskRating(2, 3));
        assertThat(service.countReviews()).isZero();
    }

    @Test
    void the_last_month_and_the_ended_quarter_are_due_until_reviewed() {
        assertThat(service.due()).containsExactly(APRIL);
        f.charter.org.clock.set(Instant.parse("2026-04-02T02:00:00Z"));
        var march = new ReviewPeriod.Month(YearMonth.of(2026, 3));
        assertThat(service.due()).containsExactly(march, Q1);

        var risk = f.risk("R-001", 1, 1);
        service.hold(RequestKey.fresh(), Q1, List.of(risk), List.of(), List.of("维持"));
        assertThat(service.due()).containsExactly(march);
        service.hold(RequestKey.fresh(), march, List.of(risk), List.of(), List.of());
        assertThat(service.reviews(PageRequest.first(10))).extracting(r -> r.period()).containsExactly(Q1, march);
    }

    @Test
    void managers_and_the_director_hold_reviews_and_everyone_who_reads_the_register_reads_them() {
        var risk = f.risk("R-001", 1, 1);
        for (var reader : List.of(f.charter.specialist, f.charter.auditor)) {
            f.charter.actAs(reader);
            assertThatThrownBy(() -> service.hold(RequestKey.fresh(), APRIL, List.of(risk), List.of(), List.of()))
                    .isInstanceOf(AccessDenied.class);
            assertThat(service.reviews(PageRequest.first(5))).isEmpty();
        }
        f.charter.actAs(f.charter.director);
        service.hold(RequestKey.fresh(), APRIL, List.of(risk), List.of(), List.of());
        assertThat(service.countReviews()).isEqualTo(1);
    }
    @Test
    void the_reviews_due_become_tasks_once_and_holding_the_review_completes_its_task() {
        var risk = f.risk("R-001", 1, 1);
        f.charter.actAs(f.charter.manager);

        var tasks = service.scheduleDue();

        assertThat(tasks).hasSize(1).isEqualTo(service.scheduleDue());
        var task = f.charter.workItems.byId(tasks.getFirst()).orElseThrow();
        assertThat(task.title()).isEqualTo("风险复盘 / Risk review 2026-04");
        assertThat(task.dutyType().code()).isEqualTo(RiskFigureService.RISK_DUTY);
        assertThat(task.status().isClosed()).isFalse();

        f.charter.actAs(f.charter.director);
        service.hold(RequestKey.fresh(), APRIL, List.of(risk), List.of(), List.of("维持"));

        assertThat(f.charter.workItems.byId(task.id()).orElseThrow().status()).isEqualTo(WorkItemStatus.DONE);
        f.charter.actAs(f.charter.manager);
        assertThat(service.scheduleDue()).isEmpty();
    }

    @Test
    void a_review_held_before_its_task_was_scheduled_leaves_the_task_done() {
        var risk = f.risk("R-001", 1, 1);
        f.charter.actAs(f.charter.manager);

        service.hold(RequestKey.fresh(), APRIL, List.of(risk), List.of(), List.of());

        assertThat(f.charter.workItems.all()).filteredOn(item -> item.title().endsWith("Risk review 2026-04"))
                .singleElement().satisfies(item -> assertThat(item.status()).isEqualTo(WorkItemStatus.DONE));
    }
}
