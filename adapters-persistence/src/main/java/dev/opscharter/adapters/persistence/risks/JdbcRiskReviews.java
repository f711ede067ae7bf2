package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskReviewId;
import dev.opscharter.domain.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link RiskReviews} in {@code risk_review}, one per period (a second review of a period meets
 * {@code risk_review_period_once}), with its risks, changed ratings and decisions in order. Optimistic locking
 * on {@code version}; the lists are rewritten with each change.
 */
@Component
class JdbcRiskReviews implements RiskReviews {

    private static final String ENTITY = "RiskReview";
    private static final String COLUMNS = "id, period_kind, first_month, last_month, held_by, held_at, version";
    private static final String MONTH = "MONTH";
    private static final String QUARTER = "QUARTER";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcRiskReviews(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public RiskReview save(RiskReview review) {
        return transaction.execute(status -> Saves.translated(ENTITY, review.id(),
                Map.of("risk_review_period_once", () -> new ConcurrentModification(ENTITY, review.id())), () -> {
                    var period = review.period();
                    var statement = review.version() == 0
                            ? jdbc.sql("insert into risk_review (" + COLUMNS
                            + ") values (:id, :kind, :first, :last, :by, :at, 1)")
                            : jdbc.sql("""
                            update risk_review set held_by = :by, held_at = :at, version = version + 1
                            where id = :id and version = :version and period_kind = :kind
                              and first_month = :first""").param("version", review.version());
                    int updated = statement.param("id", review.id().value()).param("kind", kind(period))
                            .param("first", Instants.day(period.from())).param("last", Instants.day(period.to()))
                            .param("by", review.heldBy()).param("at", Instants.stored(review.heldAt()))
                            .update();
                    if (updated == 0) {
                        throw new ConcurrentModification(ENTITY, review.id());
                    }
                    writeLists(review);
                    return review.withVersion(review.version() + 1);
                }));
    }

    private void writeLists(RiskReview review) {
        var id = review.id().value();
        for (var table : List.of("risk_review_risk", "risk_review_change", "risk_review_decision")) {
            jdbc.sql("delete from " + table + " where review_id = :id").param("id", id).update();
        }
        var reviewed = review.reviewed();
        for (int position = 0; position < reviewed.size(); position++) {
            jdbc.sql("insert into risk_review_risk (review_id, position, risk_id) values (:id, :position, :risk)")
                    .param("id", id).param("position", position).param("risk", reviewed.get(position).value())
                    .update();
        }
        var changes = review.changes();
        for (int position = 0; position < changes.size(); position++) {
            var change = changes.get(position);
            jdbc.sql("""
                            insert into risk_review_change (review_id, position, risk_id, before_likelihood,
                                before_impact, after_likelihood, after_impact)
                            values (:id, :position, :risk, :beforeL, :beforeI, :afterL, :afterI)""")
                    .param("id", id).param("position", position).param("risk", change.risk().value())
                    .param("beforeL", change.before().likelihood()).param("beforeI", change.before().impact())
                    .param("afterL", change.after().likelihood()).param("afterI", change.after().impact())
                    .update();
        }
        var decisions = review.decisions();
        for (int position = 0; position < decisions.size(); position++) {
            jdbc.sql("insert into risk_review_decision (review_id, position, decision) values (:id, :position, :text)")
                    .param("id", id).param("position", position).param("text", decisions.get(position)).update();
        }
    }

    @Override
    public Optional<RiskReview> byId(RiskReviewId id) {
        return jdbc.sql("select " + COLUMNS + " from risk_review where id = :id").param("id", id.value())
                .query(JdbcRiskReviews::header).optional().map(this::withLists);
    }

    @Override
    public Optional<RiskReview> ofPeriod(ReviewPeriod period) {
        return jdbc.sql("select " + COLUMNS + " from risk_review where period_kind = :kind and first_month = :first")
                .param("kind", kind(period)).param("first", Instants.day(period.from()))
                .query(JdbcRiskReviews::header).optional().map(this::withLists);
    }

    /** Reviews are a few a month: each page's lists are read review by review. */
    @Override
    public List<RiskReview> page(PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from risk_review"
                        + SqlPage.orderAndLimit(page, Map.of(), "last_month desc, period_kind desc, id"))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcRiskReviews::header).list().stream().map(this::withLists).toList();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from risk_review").query(Long.class).single();
    }

    /** The review as its row holds it, its lists still empty. */
    private static RiskReview header(ResultSet rs, int row) throws SQLException {
        var first = Instants.month(rs, "first_month");
        ReviewPeriod period = QUARTER.equals(rs.getString("period_kind"))
                ? new ReviewPeriod.Quarter(Period.quarterOf(first.atDay(1))) : new ReviewPeriod.Month(first);
        return new RiskReview(new RiskReviewId(rs.getObject("id", UUID.class)), period, List.of(), List.of(),
                List.of(), rs.getString("held_by"), Instants.read(rs, "held_at"), rs.getLong("version"));
    }

    private RiskReview withLists(RiskReview review) {
        var id = review.id().value();
        var reviewed = jdbc.sql("select risk_id from risk_review_risk where review_id = :id order by position")
                .param("id", id).query((r, n) -> new RiskId(r.getObject("risk_id", UUID.class))).list();
        var changes = jdbc.sql("""
                        select risk_id, before_likelihood, before_impact, after_likelihood, after_impact
                        from risk_review_change where review_id = :id order by position""")
                .param("id", id)
                .query((r, n) -> new RiskReview.ChangedRating(new RiskId(r.getObject("risk_id", UUID.class)),
                        new RiskRating(r.getInt("before_likelihood"), r.getInt("before_impact")),
                        new RiskRating(r.getInt("after_likelihood"), r.getInt("after_impact"))))
                .list();
        var decisions = jdbc.sql("select decision from risk_review_decision where review_id = :id order by position")
                .param("id", id).query(String.class).list();
        return new RiskReview(review.id(), review.period(), reviewed, changes, decisions, review.heldBy(),
                review.heldAt(), review.version());
    }

    private static String kind(ReviewPeriod period) {
        return period instanceof ReviewPeriod.Quarter ? QUARTER : MONTH;
    }
}
