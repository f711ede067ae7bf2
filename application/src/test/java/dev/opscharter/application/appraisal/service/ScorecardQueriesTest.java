package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Measurement.Amount;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Provenance.Evidence;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.domain.appraisal.Part.CORE_STAFF_RETENTION;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.OPTIMIZATION_PROJECTS_LANDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scorecards computed from records and entries: retention from the people records, the trend, who may read. */
class ScorecardQueriesTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);

    private final AppraisalFixture fx = new AppraisalFixture();

    static Stream<Actor> mayNotRead() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST);
    }

    private static PartResult retention(Scorecard scorecard) {
        return scorecard.part(CORE_STAFF_RETENTION).orElseThrow();
    }

    // ---- core staff retention from the people records

    @Test
    void retention_is_the_share_of_core_staff_at_the_start_still_employed_at_the_end() {
        fx.coreStaff("黄蕾");
        fx.coreStaff("李娜");
        fx.coreStaff("王强");
        fx.coreStaffLeftOn("赵敏", LocalDate.of(2026, 2, 10));
        // not counted: not core staff, another department, joined during the quarter, left before it
        fx.org.person("钱七", fx.operations).roles(Role.OPS_SPECIALIST).save();
        fx.org.person("孙八", fx.sales).coreStaff().save();
        fx.org.person("周九", fx.operations).coreStaff().joinedOn(LocalDate.of(2026, 2, 1)).save();
        fx.coreStaffLeftOn("吴十", LocalDate.of(2025, 12, 31));

        var part = retention(fx.service().scorecard(Q1).scorecard());

        assertThat(part.status()).isEqualTo(Status.FAIL);
        assertThat(part.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("75"));
        var value = part.values().getFirst();
        assertThat(value.measurement()).isEqualTo(Measurement.Ratio.of(3, 4));
        assertThat(value.isManual()).isFalse();
        var provenance = (Provenance.FromRecords) value.provenance();
        assertThat(provenance.source()).isEqualTo("people");
        assertThat(provenance.evidence()).extracting(Evidence::label)
                .containsExactlyInAnyOrder("黄蕾", "李娜", "王强", "赵敏");
        assertThat(provenance.evidence()).filteredOn(e -> e.label().equals("赵敏")).singleElement()
                .isEqualTo(new Evidence("赵敏", "evidence.core-staff.left", List.of("2026-02-10")));
        assertThat(provenance.evidence()).filteredOn(e -> !e.label().equals("赵敏"))
                .extracting(Evidence::detailKey).containsOnly("evidence.core-staff.retained");
    }

    @Test
    void retention_at_the_threshold_passes() {
        for (int i = 0; i < 17; i++) {
            fx.coreStaff("Core " + i);
        }
        fx.coreStaffLeftOn("Leaver A", LocalDate.of(2026, 3, 1));
        fx.coreStaffLeftOn("Leaver B", LocalDate.of(2026, 3, 2));
        fx.coreStaffLeftOn("Leaver C", LocalDate.of(2026, 3, 31));

        var part = retention(fx.service().scorecard(Q1).scorecard());

        assertThat(part.values().getFirst().measurement()).isEqualTo(Measurement.Ratio.of(17, 20));
        assertThat(part.status()).isEqualTo(Status.PASS);
    }

    @Test
    void without_core_staff_retention_is_no_data_not_a_pass() {
        fx.org.person("钱七", fx.operations).roles(Role.OPS_SPECIALIST).save();

        var scorecard = fx.service().scorecard(Q1).scorecard();

        assertThat(retention(scorecard).status()).isEqualTo(Status.NO_DATA);
        assertThat(retention(scorecard).values()).isEmpty();
        assertThat(scorecard.status()).isNotEqualTo(Status.PASS);
    }

    @Test
    void the_running_quarter_counts_up_to_today() {
        fx.coreStaff("黄蕾");
        fx.coreStaffLeftOn("李娜", LocalDate.of(2026, 6, 1)); // announced, not gone yet on 14 May

        var part = retention(fx.service().scorecard(new Period.Quarter(2026, 2)).scorecard());

        assertThat(part.values().getFirst().measurement()).isEqualTo(Measurement.Ratio.of(2, 2));
    }

    @Test
    void the_quarter_is_read_in_the_organization_time_zone() {
        fx.coreStaff("黄蕾");
        // 1 April 2026 00:30 in Shanghai, still 31 March in UTC
        fx.org.clock.set(Instant.parse("2026-03-31T16:30:00Z"));
        var q2 = new Period.Quarter(2026, 2);

        assertThat(retention(fx.service().scorecard(q2).scorecard()).status()).isEqualTo(Status.PASS);
        fx.org.timeZone(ZoneOffset.UTC);
        var beforeItBegins = retention(fx.service().scorecard(q2).scorecard());
        assertThat(beforeItBegins.values()).isEmpty();
        assertThat(beforeItBegins.status()).as("a period that has not ended is never judged").isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void a_scorecard_asks_its_sources_only_for_the_periods_it_is_judged_on() {
        fx.fixedSource.supplies(CUSTOMER_SATISFACTION, Part.OPTIMIZATION_PROJECTS_LANDED);
        var service = fx.service();
        var q3 = new Period.Quarter(2025, 3);

        service.scorecard(q3);

        assertThat(fx.fixedSource.asked(CUSTOMER_SATISFACTION)).as("a quarterly part: the quarter").containsExactly(q3);
        assertThat(fx.fixedSource.asked(Part.OPTIMIZATION_PROJECTS_LANDED)).as("an annual part: the year so far")
                .containsExactly(new Period.Quarter(2025, 1), new Period.Quarter(2025, 2), q3);

        service.scorecard(new Period.Year(2025));

        assertThat(fx.fixedSource.asked(CUSTOMER_SATISFACTION)).as("the year, and its quarters where it has none")
                .containsExactly(q3, new Period.Year(2025), new Period.Quarter(2025, 1), new Period.Quarter(2025, 2),
                        q3, new Period.Quarter(2025, 4));
    }

    // ---- the trend

    @Test
    void the_trend_returns_the_quarterly_scorecards_across_a_year_boundary_oldest_first() {
        fx.fixedSource.supplies(CUSTOMER_SATISFACTION);
        var last = new Period.Quarter(2026, 1);
        var quarters = last.trailing(8);
        for (int i = 0; i < quarters.size(); i++) {
            fx.fixedSource.put(CUSTOMER_SATISFACTION, quarters.get(i), new Amount(BigDecimal.valueOf(i % 2 == 0 ? 91 : 89)));
        }
        var service = fx.service();

        var trend = service.trend(last, 8);

        assertThat(trend).extracting(s -> s.period().key()).containsExactly("2024-Q2", "2024-Q3", "2024-Q4",
                "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(trend).extracting(s -> s.part(CUSTOMER_SATISFACTION).orElseThrow().status())
                .containsExactly(Status.PASS, Status.FAIL, Status.PASS, Status.FAIL, Status.PASS, Status.FAIL,
                        Status.PASS, Status.FAIL);
        assertThat(trend).allSatisfy(s -> assertThat(s.standardsVersion()).isEqualTo(1));
    }

    @Test
    void the_trend_leaves_out_the_quarters_before_the_first_version_of_the_standards() {
        // the fixture's standards are in force from 2020: the quarters of 2019 have none
        var trend = fx.service().trend(new Period.Quarter(2020, 2), 8);

        assertThat(trend).extracting(s -> s.period().key()).containsExactly("2020-Q1", "2020-Q2");
    }

    @Test
    void annual_progress_in_the_trend_restarts_with_the_year() {
        var service = fx.service();
        // quarters without a project are entered as 0: a missing quarter would leave the progress open
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 1), new Amount(BigDecimal.ZERO),
                "none landed", Optional.empty(), 0);
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 3), new Amount(BigDecimal.ZERO),
                "none landed", Optional.empty(), 0);
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 2), new Amount(BigDecimal.ONE),
                "acceptance report", Optional.empty(), 0);
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), new Amount(BigDecimal.TWO),
                "acceptance reports", Optional.empty(), 0);
        service.enter(OPTIMIZATION_PROJECTS_LANDED, Q1, new Amount(BigDecimal.ONE), "acceptance report",
                Optional.empty(), 0);

        var trend = service.trend(Q1, 4);

        assertThat(trend).extracting(s -> s.period().key()).containsExactly("2025-Q2", "2025-Q3", "2025-Q4",
                "2026-Q1");
        var projects = trend.stream().map(s -> s.part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow()).toList();
        assertThat(projects).extracting(p -> p.figure().orElseThrow().intValue()).containsExactly(1, 1, 3, 1);
        assertThat(projects).extracting(PartResult::counts).containsOnly(false);
        // 1 of a pro-rata 1.5 and 2.25, then 3 of 3 by the end of the year; 2026-Q1: 1 against a pro-rata 0.75
        assertThat(projects).extracting(PartResult::status)
                .containsExactly(Status.FAIL, Status.FAIL, Status.PASS, Status.PASS);
    }

    @Test
    void a_year_scorecard_judges_the_annual_part_on_the_year() {
        var service = fx.service();
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 2), new Amount(BigDecimal.ONE),
                "acceptance report", Optional.empty(), 0);
        service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), new Amount(BigDecimal.ONE),
                "acceptance report", Optional.empty(), 0);

        var part = service.scorecard(new Period.Year(2025)).scorecard().part(OPTIMIZATION_PROJECTS_LANDED)
                .orElseThrow();

        assertThat(part.counts()).isTrue();
        assertThat(part.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("2"));
        assertThat(part.status()).as("Q1 and Q3 unknown: 2 could still become 3").isEqualTo(Status.NO_DATA);
        assertThat(part.values()).hasSize(2).allSatisfy(v -> assertThat(v.isManual()).isTrue());

        for (int quarter : new int[]{1, 3}) {
            service.enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, quarter), new Amount(BigDecimal.ZERO),
                    "none landed", Optional.empty(), 0);
        }
        assertThat(service.scorecard(new Period.Year(2025)).scorecard().part(OPTIMIZATION_PROJECTS_LANDED)
                .orElseThrow().status()).isEqualTo(Status.FAIL);
    }

    // ---- who may read

    @Test
    void operations_may_read_scorecards() {
        var service = fx.service();
        for (var reader : List.of(fx.manager, fx.specialist, fx.director)) {
            fx.actAs(reader);
            assertThat(service.scorecard(Q1).scorecard().period()).isEqualTo(Q1);
            assertThat(service.standardsFor(2026).number()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("mayNotRead")
    void department_leads_auditors_and_admins_may_not_read_scorecards(Actor someone) {
        var service = fx.service();
        fx.actAs(someone);

        assertThatThrownBy(() -> service.scorecard(Q1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.trend(Q1, 8)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.standardsFor(2026)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::standardsHistory).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.export(Q1, DocumentFormat.PDF)).isInstanceOf(AccessDenied.class);
        assertThat(fx.renderer.rendered()).isEmpty();
    }

    // ---- the scorecard as a file

    @Test
    void an_export_is_the_scorecard_as_read_now_named_by_its_period_and_format() {
        var service = fx.service();
        fx.actAs(fx.specialist);

        var pdf = service.export(Q1, DocumentFormat.PDF);
        var workbook = service.export(Q1, DocumentFormat.EXCEL);

        assertThat(pdf.fileName()).isEqualTo("scorecard-" + Q1.key() + ".pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).startsWith("PDF " + Q1.key() + " ");
        assertThat(workbook.fileName()).isEqualTo("scorecard-" + Q1.key() + ".xlsx");
        assertThat(workbook.contentType()).isEqualTo(DocumentFormat.EXCEL.contentType());
        assertThat(fx.renderer.rendered()).hasSize(2)
                .allSatisfy(report -> assertThat(report).isEqualTo(service.scorecard(Q1)));
    }

    @Test
    void an_approved_scorecard_is_exported_as_approved_naming_the_approver() {
        var service = fx.service();
        fx.completeFigures(service, Q1);
        fx.actAs(fx.director);
        service.approve(Q1, "fine");

        var pdf = service.export(Q1, DocumentFormat.PDF);

        assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).endsWith("approved by 王建国");
        assertThat(fx.renderer.rendered().getLast().approval()).isPresent();
    }

    @Test
    void reading_opens_no_write_transaction() {
        var service = fx.service();
        service.scorecard(Q1);
        service.trend(Q1, 8);

        assertThat(fx.org.transactions.count()).isZero();
    }
}
