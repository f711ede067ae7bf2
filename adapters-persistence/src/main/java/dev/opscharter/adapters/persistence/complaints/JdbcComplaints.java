package dev.opscharter.adapters.persistence.complaints;

import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;
import dev.opscharter.domain.incidents.IncidentId;
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
 * {@link Complaints} in {@code complaint_day} (one row per day, replaced by a correction) and
 * {@code major_complaint} (inserted once; the database refuses any change to it).
 */
@Component
class JdbcComplaints implements Complaints {

    private static final String MAJOR_COLUMNS = "id, day, title, reason, recorded_by, recorded_at, incident_id, case_process_code, case_id";

    private final JdbcClient jdbc;

    JdbcComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ComplaintCount> day(LocalDate day) {
        return jdbc.sql("select day, total, major from complaint_day where day = :day").param("day", day)
                .query(JdbcComplaints::count).optional();
    }

    @Override
    public void saveDay(ComplaintCount count) {
        jdbc.sql("""
                        insert into complaint_day (day, total, major) values (:day, :total, :major)
                        on conflict (day) do update set total = excluded.total, major = excluded.major""")
                .param("day", count.day()).param("total", count.total()).param("major", count.major()).update();
    }

    @Override
    public List<ComplaintCount> days(LocalDate from, LocalDate until) {
        return jdbc.sql("select day, total, major from complaint_day where day >= :from and day < :until order by day")
                .param("from", from).param("until", until).query(JdbcComplaints::count).list();
    }

    @Override
    public MajorComplaint saveMajor(MajorComplaint complaint) {
        jdbc.sql("insert into major_complaint (" + MAJOR_COLUMNS
                        + ") values (:id, :day, :title, :reason, :by, :at, :incident, :caseProcess, :caseId)")
                .param("id", complaint.id().value()).param("day", complaint.day()).param("title", complaint.title())
                .param("reason", complaint.reason()).param("by", complaint.recordedBy())
                .param("at", Timestamps.stored(complaint.recordedAt())).param("incident", complaint.incident().value())
                .param("caseProcess", complaint.handlingCase().map(HandlingCase::processCode).orElse(null))
                .param("caseId", complaint.handlingCase().map(HandlingCase::caseId).orElse(null))
                .update();
        return new MajorComplaint(complaint.id(), complaint.day(), complaint.title(), complaint.reason(),
                complaint.recordedBy(), Timestamps.stored(complaint.recordedAt()).toInstant(), complaint.incident(),
                complaint.handlingCase());
    }

    @Override
    public List<MajorComplaint> majorComplaints(PageRequest page) {
        return jdbc.sql("select " + MAJOR_COLUMNS + " from major_complaint"
                        + SqlPage.orderAndLimit(page, Map.of(), "day desc, recorded_at desc, id"))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcComplaints::major).list();
    }

    @Override
    public long countMajorComplaints() {
        return jdbc.sql("select count(*) from major_complaint").query(Long.class).single();
    }

    private static ComplaintCount count(ResultSet rs, int row) throws SQLException {
        return new ComplaintCount(rs.getObject("day", LocalDate.class), rs.getLong("total"), rs.getLong("major"));
    }

    private static MajorComplaint major(ResultSet rs, int row) throws SQLException {
        var caseProcess = rs.getString("case_process_code");
        var caseId = rs.getString("case_id");
        return new MajorComplaint(new MajorComplaintId(rs.getObject("id", UUID.class)),
                rs.getObject("day", LocalDate.class), rs.getString("title"), rs.getString("reason"),
                rs.getString("recorded_by"), Objects.requireNonNull(Timestamps.read(rs, "recorded_at")),
                new IncidentId(rs.getObject("incident_id", UUID.class)),
                caseProcess == null || caseId == null ? Optional.empty()
                        : Optional.of(new HandlingCase(caseProcess, caseId)));
    }
}
