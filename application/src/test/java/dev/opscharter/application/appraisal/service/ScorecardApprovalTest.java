package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Measurement.Amount;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.appraisal.Part.CORE_STAFF_RETENTION;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.OPTIMIZATION_PROJECTS_LANDED;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The director's approval: who, when, and what it freezes. */
class ScorecardApprovalTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AppraisalFixture fx = new AppraisalFixture();
    private final AppraisalService service = fx.service();

    static Stream<Actor> everyoneButTheDirector() {
        return Actors.allBut(Role.OPS_DIRECTOR);
    }

    private static Amount amount(String value) {
        return new Amount(new BigDecimal(value));
    }

    private void enter(Part part, Period period, String value) {
        var previous = fx.org.actor.get();
        fx.actAs(fx.manager);
        long version = fx.manualEntries.find(part, period).map(e -> e.version()).orElse(0L);
        service.enter(part, period, amount(value), "from outside the system", Optional.empty(), version);
        fx.actAs(previous);
    }

    private void approveAsDirector(Period period) {
        fx.completeFigures(service, period);
        var previous = fx.org.actor.get();
        fx.actAs(fx.director);
        service.approve(period, "reviewed");
        fx.actAs(previous);
    }

    private static RuleViolation assertRuleViolation(ThrowingCallable action, String key) {
        var violation = catchThrowableOfType(RuleViolation.class, action);
        assertThat(violation).as("expected a RuleViolation %s", key).isNotNull();
        assertThat(violation.messageKey()).isEqualTo(key);
        return violation;
    }

    @Test
    void the_director_approves_an_ended_period_and_it_is_recorded() {
        enter(CUSTOMER_SATISFACTION, Q1, "92");
        fx.completeFigures(service, Q1);
        fx.actAs(fx.director);

        service.approve(Q1, "good quarter");

        var approval = fx.approvals.of(Q1).orElseThrow();
        assertThat(approval.approvedBy()).isEqualTo("director");
        assertThat(approval.approvedAt()).isEqualTo(OrganizationFixture.NOW);
        assertThat(approval.comment()).isEqualTo("good quarter");
        assertThat(approval.standardsVersion()).isEqualTo(1);
        var report = service.scorecard(Q1);
        assertThat(report.approval()).contains(approval);
        assertThat(report.scorecard().part(CUSTOMER_SATISFACTION).orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(report.editable()).isFalse();

        var entry = fx.org.auditLog.entries().getLast();
        assertEntry(entry, CREATE, "director", "ScorecardApproval", "2026-Q1");
        assertThat(entry.changes()).contains(new FieldChange("standardsVersion", "", "1"),
                new FieldChange("comment", "", "good quarter"));
    }

    @ParameterizedTest
    @MethodSource("everyoneButTheDirector")
    void only_the_director_may_approve(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> service.approve(Q1, "")).isInstanceOf(AccessDenied.class);

        assertThat(fx.approvals.of(Q1)).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_period_that_has_not_ended_cannot_be_approved() {
        fx.actAs(fx.director);

        assertRuleViolation(() -> service.approve(Q2, ""), "rule.scorecard.period-not-ended");
        assertRuleViolation(() -> service.approve(new Period.Year(2026), ""), "rule.scorecard.period-not-ended");

        assertThat(fx.approvals.of(Q2)).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_quarter_with_parts_without_data_cannot_be_approved_and_the_refusal_names_them() {
        fx.completeFigures(service, Q1);
        fx.manualEntries.remove(CUSTOMER_SATISFACTION, Q1);
        fx.manualEntries.remove(Part.MAJOR_ACCIDENTS, Q1);
        fx.actAs(fx.director);

        var refused = assertRuleViolation(() -> service.approve(Q1, ""), "rule.scorecard.parts-without-data");

        assertThat(refused.arguments()).containsExactly("2026-Q1", "CUSTOMER_SATISFACTION, MAJOR_ACCIDENTS");
        assertThat(fx.approvals.of(Q1)).isEmpty();
        assertThat(fx.org.auditLog.entries()).noneMatch(e -> e.entityType().equals("ScorecardApproval"));
    }

    @Test
    void an_empty_quarter_cannot_be_approved() {
        fx.actAs(fx.director);

        assertRuleViolation(() -> service.approve(Q1, ""), "rule.scorecard.parts-without-data");

        assertThat(fx.approvals.of(Q1)).isEmpty();
    }

    @Test
    void a_year_with_a_quarter_missing_an_annual_part_cannot_be_approved() {
        var year = new Period.Year(2025);
        fx.completeFigures(service, year);
        fx.manualEntries.remove(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 1));
        fx.manualEntries.remove(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 2));
        fx.manualEntries.remove(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 3));
        fx.manualEntries.remove(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4));
        fx.actAs(fx.director);

        var refused = assertRuleViolation(() -> service.approve(year, ""), "rule.scorecard.parts-without-data");

        assertThat(refused.arguments()).containsExactly("2025", "OPTIMIZATION_PROJECTS_LANDED");
    }

    @Test
    void a_quarter_ends_at_midnight_in_the_organization_time_zone() {
        fx.completeFigures(service, Q1);
        fx.actAs(fx.director);
        // 31 March 23:59 in Shanghai
        fx.org.clock.set(LocalDate.of(2026, 3, 31).atTime(23, 59).atZone(SHANGHAI).toInstant());
        assertRuleViolation(() -> service.approve(Q1, ""), "rule.scorecard.period-not-ended");

        fx.org.clock.set(LocalDate.of(2026, 4, 1).atStartOfDay(SHANGHAI).toInstant());
        service.approve(Q1, "");
        assertThat(fx.approvals.of(Q1)).isPresent();
    }

    @Test
    void approving_twice_is_refused() {
        approveAsDirector(Q1);
        fx.actAs(fx.director);

        assertRuleViolation(() -> service.approve(Q1, "again"), "rule.scorecard.already-approved");

        assertThat(fx.approvals.of(Q1).orElseThrow().comment()).isEqualTo("reviewed");
        assertThat(fx.org.auditLog.entries()).filteredOn(e -> e.entityType().equals("ScorecardApproval")).hasSize(1);
    }

    @Test
    void an_approved_period_is_frozen_for_entries() {
        enter(CUSTOMER_SATISFACTION, Q1, "92");
        approveAsDirector(Q1);
        var audit = fx.org.auditLog.entries();

        var frozen = assertRuleViolation(() -> enter(CUSTOMER_SATISFACTION, Q1, "80"), "rule.scorecard.frozen");
        assertThat(frozen.arguments()).containsExactly("2026-Q1");
        assertRuleViolation(() -> enter(Part.KEY_INDICATORS_UNMET, Q1, "0"), "rule.scorecard.frozen");

        assertThat(fx.manualEntries.find(CUSTOMER_SATISFACTION, Q1).orElseThrow().measurement())
                .isEqualTo(amount("92"));
        assertThat(fx.org.auditLog.entries()).isEqualTo(audit);
        // the next quarter stays open
        enter(CUSTOMER_SATISFACTION, Q2, "80");
        assertThat(fx.manualEntries.find(CUSTOMER_SATISFACTION, Q2)).isPresent();
    }

    @Test
    void the_approved_scorecard_keeps_its_figures_when_the_records_change_afterwards() {
        var leaver = fx.coreStaff("黄蕾");
        fx.coreStaff("李娜");
        fx.coreStaff("王强");
        fx.coreStaff("赵敏");
        approveAsDirector(Q1);

        // HR records late that 黄蕾 left in March
        fx.recordDeparture(leaver, LocalDate.of(2026, 3, 16));

        assertThat(fx.retention.valueOf(CORE_STAFF_RETENTION, Q1, SHANGHAI).orElseThrow().measurement())
                .as("the records now say").isEqualTo(Measurement.Ratio.of(3, 4));
        var approved = service.scorecard(Q1).scorecard().part(CORE_STAFF_RETENTION).orElseThrow();
        assertThat(approved.values().getFirst().measurement()).isEqualTo(Measurement.Ratio.of(4, 4));
        assertThat(approved.status()).isEqualTo(Status.PASS);
        var inTrend = service.trend(Q1, 1).getFirst().part(CORE_STAFF_RETENTION).orElseThrow();
        assertThat(inTrend.values().getFirst().measurement()).isEqualTo(Measurement.Ratio.of(4, 4));
    }

    @Test
    void the_approved_scorecard_keeps_figures_of_a_source_that_changes_afterwards() {
        var fixture = new AppraisalFixture();
        fixture.fixedSource.put(Part.COLLABORATION_SATISFACTION, Q1, amount("86"));
        var withSource = fixture.service();
        fixture.completeFigures(withSource, Q1);
        fixture.actAs(fixture.director);
        withSource.approve(Q1, "");

        fixture.fixedSource.put(Part.COLLABORATION_SATISFACTION, Q1, amount("70"));

        assertThat(withSource.scorecard(Q1).scorecard().part(Part.COLLABORATION_SATISFACTION).orElseThrow().status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void an_approved_year_freezes_the_quarterly_figures_of_its_annual_parts() {
        enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 2), "2");
        enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), "1");
        approveAsDirector(new Period.Year(2025));

        var yearly = service.scorecard(new Period.Year(2025)).scorecard().part(OPTIMIZATION_PROJECTS_LANDED)
                .orElseThrow();
        assertThat(yearly.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("3"));
        assertThat(yearly.status()).isEqualTo(Status.PASS);

        var frozen = assertRuleViolation(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), "0"),
                "rule.scorecard.frozen");
        assertThat(frozen.arguments()).containsExactly("2025");
        assertRuleViolation(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 3), "1"),
                "rule.scorecard.frozen");
        // a quarterly part of a quarter that was not approved itself stays open
        enter(CUSTOMER_SATISFACTION, new Period.Quarter(2025, 4), "91");
        assertThat(fx.manualEntries.find(CUSTOMER_SATISFACTION, new Period.Quarter(2025, 4))).isPresent();
        // and the next year's quarters are not touched
        enter(OPTIMIZATION_PROJECTS_LANDED, Q1, "1");
    }

    @Test
    void approving_a_quarter_does_not_freeze_the_year() {
        approveAsDirector(new Period.Quarter(2025, 4));

        enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 3), "1");

        assertRuleViolation(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), "1"),
                "rule.scorecard.frozen");
    }

    @Test
    void the_scorecard_of_an_approved_period_names_its_failed_parts_as_approved() {
        enter(CUSTOMER_SATISFACTION, Q1, "80");
        enter(Part.KEY_INDICATORS_UNMET, Q1, "1");
        approveAsDirector(Q1);

        var scorecard = service.scorecard(Q1).scorecard();

        assertThat(scorecard.status()).isEqualTo(Status.FAIL);
        assertThat(scorecard.failedParts()).containsExactlyInAnyOrder(CUSTOMER_SATISFACTION, Part.KEY_INDICATORS_UNMET);
        assertThat(scorecard.vetoed()).isTrue();
        assertThat(fx.org.auditLog.entries().getLast().changes())
                .contains(new FieldChange("status", "", "FAIL"));
    }
}
