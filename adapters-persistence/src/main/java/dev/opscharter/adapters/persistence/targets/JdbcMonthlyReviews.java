package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MonthlyReviews} in {@code target_monthly_review}, its deviations in order and their measures.
 * Optimistic locking on {@code version}; the deviations and measures are rewritten with each change, and
 * the database keeps a closed review as it is.
 */
@Component
class JdbcMonthlyReviews implements MonthlyReviews {

    private static final String ENTITY = "MonthlyReview";
    private static final String COLUMNS = "id, month, opened_by, opened_at, closed_by, closed_at, version";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcMonthlyReviews(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public MonthlyReview save(MonthlyReview review) {
        return transaction.execute(status -> Saves.translated(ENTITY, review.id(),
                Map.of("target_monthly_review_month_key", () -> new ConcurrentModification(ENTITY, review.id())),
                () -> review.version() == 0 ? insert(review) : update(review)));
    }

    private MonthlyReview insert(MonthlyReview review) {
        jdbc.sql("insert into target_monthly_review (" + COLUMNS + """
                        ) values (:id, :month, :openedBy, :openedAt, :closedBy, :closedAt, 1)""")
                .param("id", review.id().value())
                .param("month", review.month().toString())
                .param("openedBy", review.openedBy())
                .param("openedAt", Timestamp.from(review.openedAt()))
                .param("closedBy", review.closing().map(MonthlyReview.Closing::by).orElse(null), Types.VARCHAR)
                .param("closedAt", review.closing().map(c -> Timestamp.from(c.at())).orElse(null), Types.TIMESTAMP)
                .update();
        writeDeviations(review);
        return review.withVersion(1);
    }

    private MonthlyReview update(MonthlyReview review) {
        int updated = jdbc.sql("""
                        update target_monthly_review set closed_by = :closedBy, closed_at = :closedAt,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("id", review.id().value())
                .param("version", review.version())
                .param("closedBy", review.closing().map(MonthlyReview.Closing::by).orElse(null), Types.VARCHAR)
                .param("closedAt", review.closing().map(c -> Timestamp.from(c.at())).orElse(null), Types.TIMESTAMP)
                .update();
        if (updated == 0) {
            throw new ConcurrentModification(ENTITY, review.id());
        }
        jdbc.sql("delete from target_review_deviation where review_id = :id").param("id", review.id().value()).update();
        writeDeviations(review);
        return review.withVersion(review.version() + 1);
    }

    private void writeDeviations(MonthlyReview review) {
        var deviations = review.deviations();
        for (int position = 0; position < deviations.size(); position++) {
            var deviation = deviations.get(position);
            jdbc.sql("""
                            insert into target_review_deviation (review_id, position, unit_id, metric_id, target_period,
                                key_indicator, share, actual, percent, cause)
                            values (:review, :position, :unit, :metric, :period, :key, :share, :actual, :percent, :cause)""")
                    .param("review", review.id().value())
                    .param("position", position)
                    .param("unit", deviation.unit().value())
                    .param("metric", deviation.metric().value())
                    .param("period", deviation.targetPeriod().key())
                    .param("key", deviation.key())
                    .param("share", deviation.share())
                    .param("actual", deviation.actual().orElse(null), Types.NUMERIC)
                    .param("percent", deviation.percent().orElse(null), Types.NUMERIC)
                    .param("cause", deviation.cause().orElse(null), Types.VARCHAR)
                    .update();
            var measures = deviation.measures();
            for (int ordinal = 0; ordinal < measures.size(); ordinal++) {
                var measure = measures.get(ordinal);
                jdbc.sql("""
                                insert into target_review_measure (review_id, position, ordinal, work_item, title, duty_type)
                                values (:review, :position, :ordinal, :item, :title, :dutyType)""")
                        .param("review", review.id().value())
                        .param("position", position)
                        .param("ordinal", ordinal)
                        .param("item", measure.workItem())
                        .param("title", measure.title())
                        .param("dutyType", measure.dutyType())
                        .update();
            }
        }
    }

    @Override
    public Optional<MonthlyReview> byId(MonthlyReviewId id) {
        return one("id = :key", id.value());
    }

    @Override
    public Optional<MonthlyReview> ofMonth(YearMonth month) {
        return one("month = :key", month.toString());
    }

    @Override
    public List<MonthlyReview> page(PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from target_monthly_review"
                        + SqlPage.orderAndLimit(page, Map.of(), "month desc, id"))
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query((rs, n) -> header(rs)).list().stream().map(this::withDeviations).toList();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from target_monthly_review").query(Long.class).single();
    }

    private Optional<MonthlyReview> one(String where, Object key) {
        return jdbc.sql("select " + COLUMNS + " from target_monthly_review where " + where)
                .param("key", key)
                .query((rs, n) -> header(rs)).optional().map(this::withDeviations);
    }

    private MonthlyReview withDeviations(MonthlyReview header) {
        var measures = new HashMap<Integer, List<ReviewMeasure>>();
        jdbc.sql("""
                        select position, work_item, title, duty_type from target_review_measure
                        where review_id = :id order by position, ordinal""")
                .param("id", header.id().value())
                .query(rs -> {
                    measures.computeIfAbsent(rs.getInt("position"), p -> new ArrayList<>()).add(new ReviewMeasure(
                            rs.getObject("work_item", UUID.class), rs.getString("title"), rs.getString("duty_type")));
                });
        var deviations = jdbc.sql("""
                        select position, unit_id, metric_id, target_period, key_indicator, share, actual, percent, cause
                        from target_review_deviation where review_id = :id order by position""")
                .param("id", header.id().value())
                .query((rs, n) -> new ReviewDeviation(new BusinessUnitId(rs.getObject("unit_id", UUID.class)),
                        new MetricId(rs.getObject("metric_id", UUID.class)), Period.parse(rs.getString("target_period")),
                        rs.getBoolean("key_indicator"), rs.getBigDecimal("share"),
                        Optional.ofNullable(rs.getBigDecimal("actual")),
                        Optional.ofNullable(rs.getBigDecimal("percent")), Optional.ofNullable(rs.getString("cause")),
                        measures.getOrDefault(rs.getInt("position"), List.of())))
                .list();
        return new MonthlyReview(header.id(), header.month(), deviations, header.openedBy(), header.openedAt(),
                header.closing(), header.version());
    }

    private static MonthlyReview header(ResultSet rs) throws SQLException {
        var closedBy = rs.getString("closed_by");
        var closing = closedBy == null ? Optional.<MonthlyReview.Closing>empty()
                : Optional.of(new MonthlyReview.Closing(closedBy, rs.getTimestamp("closed_at").toInstant()));
        return new MonthlyReview(new MonthlyReviewId(rs.getObject("id", UUID.class)),
                YearMonth.parse(rs.getString("month")), List.of(), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), closing, rs.getLong("version"));
    }
}
