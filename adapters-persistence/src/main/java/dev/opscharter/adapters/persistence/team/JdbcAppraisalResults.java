package dev.opscharter.adapters.persistence.team;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.AppraisalResultId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AppraisalResults} in {@code appraisal_result}, one per person and quarter (a second meets
 * {@code appraisal_result_once}), optimistic locking on {@code version}. A correction changes the score, the
 * reviewer and who recorded it when; the person, the quarter and the pass mark stay as first recorded.
 */
@Component
class JdbcAppraisalResults implements AppraisalResults {

    private static final String ENTITY = "AppraisalResult";
    private static final String COLUMNS = """
            id, person_id, quarter, score, pass_mark, reviewer_id, recorded_by, recorded_at, version""";

    private final JdbcClient jdbc;

    JdbcAppraisalResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AppraisalResult save(AppraisalResult result) {
        return Saves.translated(ENTITY, result.id(), Map.of("appraisal_result_once",
                () -> Refusal.of("rule.team.appraisal.twice", result.quarter().key()).violation()), () -> {
            var statement = result.version() == 0
                    ? jdbc.sql("insert into appraisal_result (" + COLUMNS + ") values (:id, :person, :quarter, "
                            + ":score, :passMark, :reviewer, :by, :at, 1)")
                    .param("person", result.person().value()).param("quarter", result.quarter().firstDay())
                    .param("passMark", result.passMark())
                    : jdbc.sql("""
                            update appraisal_result set score = :score, reviewer_id = :reviewer, recorded_by = :by,
                                recorded_at = :at, version = version + 1
                            where id = :id and version = :version""").param("version", result.version());
            var at = Timestamps.stored(result.recordedAt());
            int updated = statement.param("id", result.id().value()).param("score", result.score())
                    .param("reviewer", result.reviewer().value()).param("by", result.recordedBy()).param("at", at)
                    .update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, result.id());
            }
            return new AppraisalResult(result.id(), result.person(), result.quarter(), result.score(),
                    result.passMark(), result.reviewer(), result.recordedBy(), at.toInstant(), result.version() + 1);
        });
    }

    @Override
    public Optional<AppraisalResult> byId(AppraisalResultId id) {
        return jdbc.sql("select " + COLUMNS + " from appraisal_result where id = :id").param("id", id.value())
                .query(JdbcAppraisalResults::map).optional();
    }

    @Override
    public Optional<AppraisalResult> of(PersonId person, Period.Quarter quarter) {
        return jdbc.sql("select " + COLUMNS + " from appraisal_result where person_id = :person"
                        + " and quarter = :quarter")
                .param("person", person.value()).param("quarter", quarter.firstDay())
                .query(JdbcAppraisalResults::map).optional();
    }

    @Override
    public List<AppraisalResult> between(Period.Quarter from, Period.Quarter to) {
        return jdbc.sql("select " + COLUMNS + " from appraisal_result where quarter between :from and :to"
                        + " order by quarter, recorded_at, id")
                .param("from", from.firstDay()).param("to", to.firstDay())
                .query(JdbcAppraisalResults::map).list();
    }

    private static AppraisalResult map(ResultSet rs, int row) throws SQLException {
        return new AppraisalResult(new AppraisalResultId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                Period.quarterOf(rs.getObject("quarter", LocalDate.class)), rs.getInt("score"),
                rs.getInt("pass_mark"), new PersonId(rs.getObject("reviewer_id", UUID.class)),
                rs.getString("recorded_by"), Objects.requireNonNull(Timestamps.read(rs, "recorded_at")),
                rs.getLong("version"));
    }
}
