package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive.WrittenReport;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.domain.targets.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link WeeklyReportArchive} does, the in-memory fake as much as the PostgreSQL adapter. The
 * database is shared with other tests: each test writes weeks of its own and never assumes the table empty.
 */
abstract class WeeklyReportArchiveContract {

    static final Instant WRITTEN_AT = Instant.parse("2026-12-07T00:00:00.123456Z");

    protected abstract WeeklyReportArchive archive();

    /** A week nobody else writes: far from today's, random. */
    static IsoWeek someWeek() {
        return IsoWeek.of(LocalDate.of(2040, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(2_500)));
    }

    static byte[] bytes(int length, int seed) {
        var content = new byte[length];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + seed);
        }
        return content;
    }

    static WrittenReport report(IsoWeek week, int seed) {
        return new WrittenReport(new WrittenWeek(week, WRITTEN_AT, "scheduled", 12, 3, 2, 1), bytes(60_000, seed),
                bytes(9_000, seed + 1));
    }

    @Test
    void a_written_week_comes_back_with_its_files_byte_for_byte() {
        var week = someWeek();

        assertThat(archive().keep(report(week, 1))).isTrue();

        assertThat(archive().written(week)).contains(new WrittenWeek(week, WRITTEN_AT, "scheduled", 12, 3, 2, 1));
        assertThat(archive().file(week, DocumentFormat.PDF)).hasValueSatisfying(pdf ->
                assertThat(pdf).isEqualTo(bytes(60_000, 1)));
        assertThat(archive().file(week, DocumentFormat.EXCEL)).hasValueSatisfying(workbook ->
                assertThat(workbook).isEqualTo(bytes(9_000, 2)));
    }

    @Test
    void a_week_is_written_once_and_the_first_report_stays() {
        var week = someWeek();
        archive().keep(report(week, 1));

        assertThat(archive().keep(report(week, 5))).isFalse();

        assertThat(archive().file(week, DocumentFormat.PDF)).hasValueSatisfying(pdf ->
                assertThat(pdf).isEqualTo(bytes(60_000, 1)));
    }

    @Test
    void a_week_not_written_has_nothing() {
        var week = someWeek();

        assertThat(archive().written(week)).isEmpty();
        assertThat(archive().file(week, DocumentFormat.PDF)).isEmpty();
    }

    @Test
    void the_weeks_come_newest_first_and_are_counted() {
        var older = someWeek();
        var newer = older.next();
        long before = archive().count();
        archive().keep(report(older, 1));
        archive().keep(report(newer, 2));

        assertThat(archive().count()).isEqualTo(before + 2);
        assertThat(archive().latest()).hasValueSatisfying(latest ->
                assertThat(latest.week()).isGreaterThanOrEqualTo(newer));
        var weeks = archive().page(new PageRequest(0, PageRequest.MAX_LIMIT)).stream().map(WrittenWeek::week).toList();
        assertThat(weeks).isSortedAccordingTo(Comparator.reverseOrder());
        var all = new ArrayList<IsoWeek>();
        for (long offset = 0; offset < archive().count(); offset += PageRequest.MAX_LIMIT) {
            archive().page(new PageRequest(offset, PageRequest.MAX_LIMIT)).forEach(w -> all.add(w.week()));
        }
        assertThat(all.indexOf(newer)).isEqualTo(all.indexOf(older) - 1);
    }
}
