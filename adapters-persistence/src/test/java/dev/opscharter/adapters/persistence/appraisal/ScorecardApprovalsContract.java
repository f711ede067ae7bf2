package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.AT;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.byValue;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.decimal;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshQuarter;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What every {@link ScorecardApprovals} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ScorecardApprovalsContract {

    protected abstract ScorecardApprovals approvals();

    /** The id of a stored evidence file (the database checks that it exists). */
    protected abstract UUID anAttachment();

    private static PartValue manual(Part part, Period period, Measurement measurement, Optional<UUID> attachment) {
        return new PartValue(part, period, measurement,
                new Provenance.Manual("季度经营分析会确认", attachment, "王运营", Instant.parse("2026-10-01T01:00:00.000001Z")));
    }

    private static PartValue fromRecords(Part part, Period period, Measurement measurement,
                                         List<Provenance.Evidence> evidence) {
        return new PartValue(part, period, measurement, new Provenance.FromRecords("people", evidence));
    }

    private static ScorecardApproval approval(Period period, List<PartValue> values) {
        return new ScorecardApproval(period, 3, values, Status.FAIL, "李总监", AT, "核心人才保留率未达标，需制定改进计划");
    }

    private void assertStored(ScorecardApproval expected) {
        assertThat(approvals().of(expected.period()))
                .hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison(byValue()).isEqualTo(expected));
    }

    @Test
    void an_approval_round_trips_with_its_frozen_values_and_their_evidence_in_order() {
        var quarter = freshQuarter();
        var values = new ArrayList<PartValue>(List.of(
                manual(Part.CORE_TARGET_ATTAINMENT, quarter, new Measurement.Amount(decimal("97.125")),
                        Optional.of(anAttachment())),
                fromRecords(Part.CORE_STAFF_RETENTION, quarter, Measurement.Ratio.of(17, 20), List.of(
                        new Provenance.Evidence("黄蕾", "evidence.left", List.of("2026-08-14")),
                        new Provenance.Evidence("Zhang Wei", "evidence.stayed", List.of()),
                        new Provenance.Evidence("李娜", "evidence.transferred", List.of("财务部", "2026-09-01", "")))),
                fromRecords(Part.TEAM_APPRAISAL_PASS_RATE, quarter, Measurement.Ratio.of(0, 0), List.of()),
                manual(Part.EFFICIENCY_IMPROVEMENT_RATE, quarter,
                        new Measurement.Ratio(decimal("12.3456"), decimal("100.0")), Optional.empty())));
        // an annual part's year-to-date progress: one value per quarter so far
        for (var q : quarter.yearToDate()) {
            values.add(manual(Part.OPTIMIZATION_PROJECTS_LANDED, q, new Measurement.Amount(decimal("1")),
                    Optional.empty()));
        }
        var approval = approval(quarter, values);

        approvals().add(approval);

        assertStored(approval);
        var found = approvals().of(quarter).orElseThrow();
        assertThat(found.frozenValues()).extracting(PartValue::part, PartValue::period)
                .containsExactlyElementsOf(values.stream().map(v -> tuple(v.part(), v.period())).toList());
        assertThat(found.frozenValues().get(1).provenance()).isInstanceOfSatisfying(Provenance.FromRecords.class,
                records -> assertThat(records.evidence()).extracting(Provenance.Evidence::label)
                        .containsExactly("黄蕾", "Zhang Wei", "李娜"));
        assertThat(found.frozenValues().get(2).measurement().figure()).isEmpty();
    }

    @Test
    void an_approved_year_keeps_the_quarterly_values_of_its_annual_parts() {
        var year = freshYear();
        var values = List.of(
                manual(Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(year.year(), 1),
                        new Measurement.Amount(decimal("1")), Optional.empty()),
                manual(Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(year.year(), 4),
                        new Measurement.Amount(decimal("2")), Optional.empty()),
                manual(Part.CUSTOMER_SATISFACTION, year, new Measurement.Amount(decimal("93.40")), Optional.empty()));
        var approval = new ScorecardApproval(year, 1, values, Status.PASS, "李总监", AT, "");

        approvals().add(approval);

        assertStored(approval);
    }

    @Test
    void an_approval_without_values_round_trips() {
        var approval = new ScorecardApproval(freshQuarter(), 2, List.of(), Status.NO_DATA, "李总监", AT, "");

        approvals().add(approval);

        assertStored(approval);
    }

    @Test
    void the_approvals_of_several_periods_are_read_at_once() {
        var first = approval(freshQuarter(), List.of(
                manual(Part.MAJOR_ACCIDENTS, freshQuarter(), new Measurement.Amount(decimal("0")), Optional.empty())));
        var second = approval(freshYear(), List.of());
        var notAsked = approval(freshQuarter(), List.of());
        approvals().add(first);
        approvals().add(second);
        approvals().add(notAsked);
        var neverApproved = freshQuarter();

        var found = approvals().of(List.of(first.period(), second.period(), neverApproved));

        assertThat(found).usingRecursiveFieldByFieldElementComparator(byValue()).containsExactlyInAnyOrder(first, second);
        assertThat(approvals().of(List.of())).isEmpty();
        assertThat(approvals().of(neverApproved)).isEmpty();
    }

    @Test
    void a_second_approval_of_the_same_period_is_refused() {
        var first = approval(freshQuarter(), List.of());
        approvals().add(first);
        var rival = new ScorecardApproval(first.period(), 4, List.of(
                manual(Part.RISK_INCIDENCE, first.period(), new Measurement.Amount(decimal("1")), Optional.empty())),
                Status.PASS, "另一位总监", AT.plusSeconds(1), "");

        assertThatThrownBy(() -> approvals().add(rival)).isInstanceOf(ConcurrentModification.class);
        assertStored(first);
    }
}
