package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.domain.targets.IsoWeek;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The written weekly reports in {@code target_weekly_report} (V28). A second report of a week is ignored
 * ({@code on conflict do nothing}: a concurrent writer waits for the first to commit, then inserts nothing),
 * so the first one written stays; the table's triggers refuse to change or remove it.
 */
@Component
class JdbcWeeklyReportArchive implements WeeklyReportArchive {

    private static final String SUMMARY = "week_key, monday, written_at, written_by, lines, deviating, off_pace, key_unmet";
    private static final RowMapper<WrittenWeek> WRITTEN = (rs, row) -> new WrittenWeek(
            new IsoWeek(rs.getObject("monday", LocalDate.class)),
            rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("written_by"),
            rs.getInt("lines"), rs.getInt("deviating"), rs.getInt("off_pace"), rs.getInt("key_unmet"));

    private final JdbcClient jdbc;

    JdbcWeeklyReportArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(WrittenReport report) {
        var week = report.week();
        return jdbc.sql("""
                        insert into target_weekly_report (week_key, monday, written_at, written_by, lines, deviating,
                                                          off_pace, key_unmet, pdf, workbook)
                        values (:key, :monday, :writtenAt, :writtenBy, :lines, :deviating, :offPace, :keyUnmet,
                                :pdf, :workbook)
                        on conflict do nothing""")
                .param("key", week.week().key())
                .param("monday", week.week().monday())
                .param("writtenAt", week.writtenAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("writtenBy", week.writtenBy())
                .param("lines", week.lines())
                .param("deviating", week.deviating())
                .param("offPace", week.offPace())
                .param("keyUnmet", week.keyUnmet())
                .param("pdf", report.pdf())
                .param("workbook", report.workbook())
                .update() == 1;
    }

    @Override
    public Optional<WrittenWeek> written(IsoWeek week) {
        return jdbc.sql("select " + SUMMARY + " from target_weekly_report where monday = :monday")
                .param("monday", week.monday()).query(WRITTEN).optional();
    }

    @Override
    public Optional<WrittenWeek> latest() {
        return jdbc.sql("select " + SUMMARY + " from target_weekly_report order by monday desc limit 1")
                .query(WRITTEN).optional();
    }

    @Override
    public List<WrittenWeek> page(PageRequest page) {
        return jdbc.sql("select " + SUMMARY + " from target_weekly_report order by monday desc offset :offset limit :limit")
                .param("offset", page.offset()).param("limit", page.limit()).query(WRITTEN).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from target_weekly_report").query(Long.class).single();
    }

    @Override
    public Optional<byte[]> file(IsoWeek week, DocumentFormat format) {
        var column = format == DocumentFormat.PDF ? "pdf" : "workbook";
        return jdbc.sql("select " + column + " from target_weekly_report where monday = :monday")
                .param("monday", week.monday()).query((rs, row) -> rs.getBytes(1)).optional();
    }
}
