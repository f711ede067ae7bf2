package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewMeasure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link MonthlyReviews} does, the in-memory fake as much as PostgreSQL. */
abstract class MonthlyReviewsContract {

    static final Actor MANAGER = Actor.user("王运营", Set.of(Role.OPS_MANAGER));
    static final Instant AT = Instant.parse("2027-02-02T01:00:00Z");
    /** Months no other test of a shared database uses: each call takes the month before the last one's. */
    private static final AtomicInteger MONTHS = new AtomicInteger(
            (int) (Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 600L)) * 12);

    protected abstract MonthlyReviews reviews();

    /** The id of a work item that exists. */
    protected abstract UUID workItem();

    /** A business unit that exists. */
    protected abstract BusinessUnitId unit();

    /** A metric that exists. */
    protected abstract MetricId metric();

    static YearMonth freshMonth() {
        return YearMonth.of(2100, 1).minusMonths(1 + MONTHS.getAndIncrement() % 7_000);
    }

    ReviewDeviation deviation(String actual) {
        var period = new Period.Quarter(2027, 1);
        return new ReviewDeviation(unit(), metric(), period, false, new BigDecimal("310"),
                Optional.of(new BigDecimal(actual)), Optional.of(new BigDecimal("64.5")), Optional.empty(), List.of());
    }

    ReviewDeviation keyWithoutData() {
        return new ReviewDeviation(unit(), metric(), new Period.Year(2027), true,
                new BigDecimal("4.5"), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    MonthlyReview opened(YearMonth month, List<ReviewDeviation> deviations) {
        return reviews().save(MonthlyReview.open(month, deviations, MANAGER, AT, month.plusMonths(1).atDay(2)));
    }

    @Test
    void a_review_is_read_back_with_its_deviations_in_order_by_id_and_by_month() {
        var month = freshMonth();
        var first = deviation("200");
        var second = keyWithoutData();
        var saved = opened(month, List.of(first, second));

        assertThat(saved.version()).isEqualTo(1);
        var read = reviews().ofMonth(month).orElseThrow();
        assertThat(read.id()).isEqualTo(saved.id());
        assertThat(reviews().byId(saved.id())).hasValueSatisfying(r -> assertThat(r.month()).isEqualTo(month));
        assertThat(read.deviations()).extracting(ReviewDeviation::unit).containsExactly(first.unit(), second.unit());
        assertThat(read.deviations().getFirst().actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("200"));
        assertThat(read.deviations().getFirst().share()).isEqualByComparingTo("310");
        assertThat(read.deviations().getFirst().percent()).contains(new BigDecimal("64.5"));
        assertThat(read.deviations().get(1).actual()).isEmpty();
        assertThat(read.deviations().get(1).key()).isTrue();
        assertThat(read.deviations().get(1).targetPeriod()).isEqualTo(new Period.Year(2027));
        assertThat(read.openedBy()).isEqualTo("王运营");
        assertThat(read.openedAt()).isEqualTo(AT);
    }

    @Test
    void causes_and_measures_are_kept_and_a_stale_version_is_refused() {
        var month = freshMonth();
        var deviation = deviation("100");
        var saved = opened(month, List.of(deviation));
        var item = workItem();

        var changed = reviews().save(saved.explain(deviation.unit(), deviation.metric(), "流量不足", MANAGER)
                .addMeasure(deviation.unit(), deviation.metric(), new ReviewMeasure(item, "加大投放", "OPERATIONS_STRATEGY"),
                        MANAGER));

        assertThat(changed.version()).isEqualTo(2);
        var read = reviews().byId(saved.id()).orElseThrow();
        assertThat(read.deviations().getFirst().cause()).contains("流量不足");
        assertThat(read.deviations().getFirst().measures())
                .containsExactly(new ReviewMeasure(item, "加大投放", "OPERATIONS_STRATEGY"));
        assertThatThrownBy(() -> reviews().save(saved.explain(deviation.unit(), deviation.metric(), "别的", MANAGER)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_second_review_of_a_month_is_refused() {
        var month = freshMonth();
        opened(month, List.of());

        assertThatThrownBy(() -> opened(month, List.of(deviation("1")))).isInstanceOf(ConcurrentModification.class);
        assertThat(reviews().ofMonth(month).orElseThrow().deviations()).isEmpty();
    }

    @Test
    void a_closed_review_is_read_closed_and_pages_go_newest_month_first() {
        var newer = freshMonth();
        var older = freshMonth();
        var closed = reviews().save(opened(older, List.of()).close(MANAGER, AT.plusSeconds(60)));
        opened(newer, List.of());

        assertThat(reviews().byId(closed.id()).orElseThrow().closing())
                .contains(new MonthlyReview.Closing("王运营", AT.plusSeconds(60)));
        long before = reviews().count();
        assertThat(before).isGreaterThanOrEqualTo(2);
        var all = reviews().page(new PageRequest(0, PageRequest.MAX_LIMIT));
        var months = all.stream().map(MonthlyReview::month).toList();
        assertThat(months).contains(older, newer);
        assertThat(months.indexOf(newer)).isLessThan(months.indexOf(older));
    }

    @Test
    void reading_a_month_without_a_review_answers_nothing() {
        assertThat(reviews().ofMonth(freshMonth())).isEmpty();
        assertThat(reviews().byId(MonthlyReviewId.random())).isEmpty();
    }

}
