package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the risk register's stores do, the in-memory fakes as much as PostgreSQL. The database is shared by the
 * tests: each test files its risks under a category of its own (and codes of its own), and its reviews in a
 * year that has none of them yet.
 */
abstract class RisksContract {

    protected abstract Risks risks();

    protected abstract RiskFigures figures();

    protected abstract RiskReviews reviews();

    /** A metric of the targets context that exists, for an indicator fed by one. */
    protected abstract MetricId metric();

    private static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    private static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    private final String category = "CAT-" + unique();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Risk identified(String title, RiskRating rating) {
        return Risk.identify("R-" + unique(), title, category, "owner", rating, "控制措施", "应急预案", MANAGER, now);
    }

    private Risk stored(String title, RiskRating rating) {
        return risks().save(identified(title, rating));
    }

    private RiskFilter ours() {
        return new RiskFilter(Optional.empty(), Optional.empty(), Optional.of(category), Optional.empty(), "");
    }

    // ---- risks

    @Test
    void a_risk_is_stored_with_its_indicators_and_history_and_changed_at_its_version_only() {
        var saved = stored("供应商交付延迟", new RiskRating(2, 3));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(risks().byId(saved.id())).contains(saved);

        var changed = saved
                .addIndicator(KeyRiskIndicator.of("延迟交付率", new RiskThreshold(RiskThreshold.Side.ABOVE,
                        new BigDecimal("10.5")), FigureSource.entered()), MANAGER)
                .addIndicator(KeyRiskIndicator.of("库存天数", new RiskThreshold(RiskThreshold.Side.BELOW,
                        new BigDecimal("5")), new FigureSource.FromMetric(metric())), MANAGER)
                .rerate(new RiskRating(4, 4), "供应商财务恶化", MANAGER, now.plusSeconds(60))
                .plan("第二供应商", "切换供应商", MANAGER);
        var second = risks().save(changed);
        var third = risks().save(second.rerate(new RiskRating(5, 4), "月度复盘", MANAGER, now.plusSeconds(120)));

        assertThat(second.version()).isEqualTo(2);
        assertThat(risks().byId(saved.id())).contains(third);
        assertThat(third.history()).extracting(entry -> entry.after())
                .containsExactly(new RiskRating(4, 4), new RiskRating(5, 4));
        assertThatThrownBy(() -> risks().save(changed)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> risks().save(saved)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_major_risk_waits_for_sign_off_and_keeps_who_resolved_it() {
        var saved = stored("系统宕机", new RiskRating(5, 5));

        var proposed = risks().save(saved.close("风险已消除", MANAGER, now));
        assertThat(risks().byId(saved.id())).contains(proposed);
        assertThat(proposed.awaiting()).isPresent();
        assertThat(proposed.status()).isEqualTo(RiskStatus.OPEN);

        var awaiting = ours().withAwaitingSignOff(true);
        assertThat(risks().page(awaiting, PageRequest.first(10))).containsExactly(proposed);
        assertThat(risks().count(awaiting)).isEqualTo(1);

        var closed = risks().save(proposed.signOff(true, "同意", DIRECTOR, now.plusSeconds(5)));
        assertThat(risks().byId(saved.id())).contains(closed);
        assertThat(risks().count(awaiting)).isZero();
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.resolution()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("director"));
    }

    @Test
    void a_second_risk_of_the_same_code_is_refused_on_the_code() {
        var first = stored("订单激增", new RiskRating(3, 3));
        var twin = Risk.identify(first.code(), "另一个", category, "owner", new RiskRating(1, 1), "", "", MANAGER,
                now);

        assertThatThrownBy(() -> risks().save(twin)).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.field()).isEqualTo("code"));
        assertThat(risks().count(ours())).isEqualTo(1);
    }

    @Test
    void a_page_takes_what_the_filter_lets_through_by_the_sort_asked_for_else_by_code() {
        var low = stored("Alpha outage", new RiskRating(2, 2));       // 4 low
        var medium = stored("Bravo delay", new RiskRating(3, 3));     // 9 medium
        var high = stored("Charlie strike", new RiskRating(2, 5));    // 10 high
        var major = stored("Delta fraud", new RiskRating(3, 5));      // 15 major
        var accepted = risks().save(stored("Echo churn", new RiskRating(1, 5)).accept("可接受", MANAGER, now));

        assertThat(risks().count(ours())).isEqualTo(5);
        assertThat(risks().page(ours(), PageRequest.first(10))).extracting(Risk::code)
                .isSorted().hasSize(5);
        assertThat(risks().page(ours(), new PageRequest(0, 10, List.of(new PageRequest.Order(Risks.BY_SCORE, true)))))
                .containsExactly(major, high, medium, accepted, low);
        assertThat(risks().page(ours(), new PageRequest(1, 2, List.of(new PageRequest.Order(Risks.BY_TITLE, false)))))
                .containsExactly(medium, high);

        var open = ours().withStatus(RiskStatus.OPEN);
        assertThat(risks().count(open)).isEqualTo(4);
        for (var level : RiskLevel.values()) {
            var ofLevel = new RiskFilter(Optional.empty(), Optional.of(level), Optional.of(category),
                    Optional.empty(), "");
            assertThat(risks().page(ofLevel, PageRequest.first(10))).extracting(Risk::level).containsOnly(level)
                    .hasSize(level == RiskLevel.MEDIUM ? 2 : 1);
        }
        var byText = new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "  " + category.toLowerCase() + " ");
        assertThat(risks().count(byText)).isEqualTo(5);
        var titled = new RiskFilter(Optional.empty(), Optional.empty(), Optional.of(category), Optional.empty(),
                "STRIKE");
        assertThat(risks().page(titled, PageRequest.first(10))).containsExactly(high);
        var owned = new RiskFilter(Optional.empty(), Optional.empty(), Optional.of(category), Optional.of("nobody"),
                "");
        assertThat(risks().count(owned)).isZero();
    }

    @Test
    void the_heat_map_counts_the_filtered_risks_on_each_cell() {
        stored("a", new RiskRating(5, 4));
        stored("b", new RiskRating(5, 4));
        stored("c", new RiskRating(1, 2));
        risks().save(stored("d", new RiskRating(3, 3)).accept("可接受", MANAGER, now));

        var all = risks().heatMap(ours());
        assertThat(all.count(5, 4)).isEqualTo(2);
        assertThat(all.count(1, 2)).isEqualTo(1);
        assertThat(all.count(3, 3)).isEqualTo(1);
        assertThat(all.total()).isEqualTo(4);
        assertThat(risks().heatMap(ours().withStatus(RiskStatus.OPEN)).count(RiskLevel.MAJOR)).isEqualTo(2);
        assertThat(risks().heatMap(ours().withStatus(RiskStatus.OPEN)).total()).isEqualTo(3);
    }

    // ---- figures

    @Test
    void a_figure_replaces_the_one_of_its_indicator_and_month_and_a_risks_figures_come_newest_first() {
        var risk = risks().save(identified("到货延迟", new RiskRating(3, 3)).addIndicator(KeyRiskIndicator.of("延迟率",
                new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("10")), FigureSource.entered()), MANAGER));
        var indicator = risk.indicators().getFirst();
        var march = YearMonth.of(2026, 3);
        var april = march.plusMonths(1);

        figures().save(RiskFigure.of(risk, indicator, march, new BigDecimal("12.25"), "specialist", now));
        figures().save(RiskFigure.of(risk, indicator, april, new BigDecimal("8"), "specialist", now));
        var corrected = RiskFigure.of(risk, indicator, march, new BigDecimal("9.5"), "manager", now.plusSeconds(1));
        figures().save(corrected);

        assertThat(figures().of(indicator.id(), march)).contains(corrected);
        assertThat(corrected.breached()).isFalse();
        assertThat(figures().of(indicator.id(), april.plusMonths(1))).isEmpty();
        assertThat(figures().ofRisk(risk.id())).extracting(RiskFigure::month).containsExactly(april, march);
        assertThat(figures().ofRisk(stored("无指标", new RiskRating(1, 1)).id())).isEmpty();
    }

    // ---- reviews

    private RiskReview review(ReviewPeriod period, Risk risk) {
        return RiskReview.hold(period, List.of(risk.id()),
                List.of(new RiskReview.ChangedRating(risk.id(), risk.rating(), new RiskRating(5, 5))),
                List.of("升级为重大风险", "每周跟踪"), MANAGER, now, LocalDate.of(2101, 1, 31));
    }

    /** A year (1990–2099, as periods go) in which none of the months and quarters asked for has a review yet. */
    private int freeYear(int... months) {
        for (int tries = 0; tries < 200; tries++) {
            int candidate = 1990 + ThreadLocalRandom.current().nextInt(110);
            if (Arrays.stream(months).allMatch(month -> reviews().ofPeriod(
                    new ReviewPeriod.Month(YearMonth.of(candidate, month))).isEmpty() && reviews().ofPeriod(
                    new ReviewPeriod.Quarter(Period.quarterOf(LocalDate.of(candidate, month, 1)))).isEmpty())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no year without reviews left");
    }

    @Test
    void a_review_is_kept_once_per_period_and_changed_at_its_version_only() {
        var risk = stored("复盘对象", new RiskRating(2, 2));
        var may = new ReviewPeriod.Month(YearMonth.of(freeYear(5, 6), 5));
        long before = reviews().count();

        var saved = reviews().save(review(may, risk));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(reviews().byId(saved.id())).contains(saved);
        assertThat(reviews().ofPeriod(may)).contains(saved);
        assertThat(reviews().ofPeriod(new ReviewPeriod.Month(may.month().plusMonths(1)))).isEmpty();
        assertThatThrownBy(() -> reviews().save(review(may, risk))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> reviews().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
        var again = reviews().save(saved);
        assertThat(again.version()).isEqualTo(2);
        assertThatThrownBy(() -> reviews().save(saved)).isInstanceOf(ConcurrentModification.class);
        assertThat(reviews().count()).isEqualTo(before + 1);
    }

    @Test
    void reviews_come_latest_period_first_a_quarter_before_its_last_months_review() {
        var risk = stored("季度复盘", new RiskRating(3, 2));
        int year = freeYear(5, 6, 7);
        var q2 = new ReviewPeriod.Quarter(new Period.Quarter(year, 2));
        var june = new ReviewPeriod.Month(YearMonth.of(year, 6));
        var may = new ReviewPeriod.Month(YearMonth.of(year, 5));
        var july = new ReviewPeriod.Month(YearMonth.of(year, 7));
        var held = List.of(may, june, q2, july).stream().map(period -> reviews().save(review(period, risk))).toList();

        assertThat(reviews().ofPeriod(q2)).hasValueSatisfying(r -> assertThat(r.period()).isEqualTo(q2));
        var ours = reviews().page(PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(held::contains).map(RiskReview::period).toList();
        assertThat(ours).containsExactly(july, q2, june, may);
    }
}
