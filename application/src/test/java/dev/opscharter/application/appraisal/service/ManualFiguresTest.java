package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.appraisal.port.in.RecordFigures.FigureLine;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Measurement.Amount;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.appraisal.Part.CORE_STAFF_RETENTION;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.KEY_INDICATORS_UNMET;
import static dev.opscharter.domain.appraisal.Part.OPTIMIZATION_PROJECTS_LANDED;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Figures entered by hand, their evidence files, and who may enter them. */
class ManualFiguresTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final Period.Quarter Q3 = new Period.Quarter(2026, 3);

    private final AppraisalFixture fx = new AppraisalFixture();
    private final AppraisalService service = fx.service();

    static Stream<Actor> mayNotEnter() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_SPECIALIST);
    }

    private static Amount amount(String value) {
        return new Amount(new BigDecimal(value));
    }

    private void enter(Part part, Period period, Measurement measurement) {
        service.enter(part, period, measurement, "from the vendor's quarterly report", Optional.empty(), 0);
    }

    private void assertNothingStored() {
        assertThat(fx.manualEntries.all()).as("manual entries").isEmpty();
        assertThat(fx.org.auditLog.entries()).as("audit entries").isEmpty();
    }

    // ---- entering

    @Test
    void a_quarter_s_figures_are_entered_in_one_go_each_audited_with_the_same_reason() {
        service.enterAll(Q1, List.of(new FigureLine(CUSTOMER_SATISFACTION, amount("92.5"), 0),
                new FigureLine(KEY_INDICATORS_UNMET, amount("0"), 0),
                new FigureLine(OPTIMIZATION_PROJECTS_LANDED, amount("2"), 0)), "quarterly BI report", Optional.empty());

        assertThat(fx.manualEntries.all()).hasSize(3)
                .allSatisfy(e -> assertThat(((Provenance.Manual) e.provenance()).reason()).isEqualTo("quarterly BI report"));
        assertThat(fx.org.auditLog.entries()).hasSize(3);
        var scorecard = service.scorecard(Q1).scorecard();
        assertThat(scorecard.part(CUSTOMER_SATISFACTION).orElseThrow().figure()).contains(new BigDecimal("92.5"));
    }

    @Test
    void one_figure_out_of_its_part_s_range_enters_none_and_names_the_part_and_its_range() {
        var refusal = assertRejected(() -> service.enterAll(Q1, List.of(
                new FigureLine(CUSTOMER_SATISFACTION, amount("92.5"), 0),
                new FigureLine(Part.MAJOR_COMPLAINT_RATE, amount("101"), 0)), "report", Optional.empty()),
                "MAJOR_COMPLAINT_RATE", "validation.value.at-most");
        assertThat(refusal.arguments()).containsExactly(new BigDecimal("100"));
        assertNothingStored();

        assertRejected(() -> service.enterAll(Q1, List.of(new FigureLine(CUSTOMER_SATISFACTION, amount("92"), 0),
                new FigureLine(CUSTOMER_SATISFACTION, amount("93"), 0)), "report", Optional.empty()),
                "figures", "validation.figures.part-twice");
        assertNothingStored();
    }

    @Test
    void a_stale_line_or_a_part_from_records_enters_none_of_the_others() {
        enter(CUSTOMER_SATISFACTION, Q1, amount("90"));
        int audited = fx.org.auditLog.entries().size();

        assertThatThrownBy(() -> service.enterAll(Q1, List.of(new FigureLine(KEY_INDICATORS_UNMET, amount("0"), 0),
                new FigureLine(CUSTOMER_SATISFACTION, amount("91"), 0)), "report", Optional.empty()))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(fx.manualEntries.find(KEY_INDICATORS_UNMET, Q1)).isEmpty();

        fx.coreStaff("黄蕾"); // retention now comes from the people records
        assertThatThrownBy(() -> service.enterAll(Q1, List.of(new FigureLine(KEY_INDICATORS_UNMET, amount("0"), 0),
                new FigureLine(CORE_STAFF_RETENTION, amount("90"), 0)), "report", Optional.empty()))
                .isInstanceOf(RuleViolation.class);
        assertThat(fx.manualEntries.find(KEY_INDICATORS_UNMET, Q1)).isEmpty();
        assertThat(fx.org.auditLog.entries()).hasSize(audited);
    }

    @Test
    void a_manual_entry_is_stored_and_used_by_the_scorecard_as_manual() {
        service.enter(CUSTOMER_SATISFACTION, Q1, amount("92.5"), "third-party NPS survey", Optional.empty(), 0);

        var entry = fx.manualEntries.find(CUSTOMER_SATISFACTION, Q1).orElseThrow();
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.provenance()).isEqualTo(new Provenance.Manual("third-party NPS survey", Optional.empty(),
                "manager", OrganizationFixture.NOW));

        var part = service.scorecard(Q1).scorecard().part(CUSTOMER_SATISFACTION).orElseThrow();
        assertThat(part.status()).isEqualTo(Status.PASS);
        assertThat(part.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("92.5"));
        assertThat(part.manual()).isTrue();
        assertThat(part.values()).singleElement()
                .satisfies(v -> assertThat(v.provenance()).isInstanceOf(Provenance.Manual.class));
    }

    @Test
    void entering_is_audit_logged() {
        enter(CUSTOMER_SATISFACTION, Q1, amount("92.5"));

        var entry = fx.org.onlyAuditEntry();
        assertEntry(entry, CREATE, "manager", "AppraisalFigure", "CUSTOMER_SATISFACTION@2026-Q1");
        assertThat(entry.changes()).contains(new FieldChange("value", "", "92.5"),
                new FieldChange("reason", "", "from the vendor's quarterly report"));
    }

    @Test
    void replacing_an_entry_needs_its_version_and_is_audit_logged_as_a_change() {
        enter(CUSTOMER_SATISFACTION, Q1, amount("92.5"));

        service.enter(CUSTOMER_SATISFACTION, Q1, amount("88"), "corrected by the vendor", Optional.empty(), 1);

        assertThat(fx.manualEntries.find(CUSTOMER_SATISFACTION, Q1).orElseThrow().version()).isEqualTo(2);
        assertThat(service.scorecard(Q1).scorecard().part(CUSTOMER_SATISFACTION).orElseThrow().status())
                .isEqualTo(Status.FAIL);
        var update = fx.org.auditLog.entries().getLast();
        assertEntry(update, UPDATE, "manager", "AppraisalFigure", "CUSTOMER_SATISFACTION@2026-Q1");
        assertThat(update.changes()).contains(new FieldChange("value", "92.5", "88"));
    }

    @Test
    void a_replacement_based_on_a_stale_version_or_a_second_first_entry_is_refused() {
        enter(CUSTOMER_SATISFACTION, Q1, amount("92.5"));
        service.enter(CUSTOMER_SATISFACTION, Q1, amount("91"), "second look", Optional.empty(), 1);
        var audit = fx.org.auditLog.entries();

        assertThatThrownBy(() -> service.enter(CUSTOMER_SATISFACTION, Q1, amount("80"), "stale", Optional.empty(), 1))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> enter(CUSTOMER_SATISFACTION, Q1, amount("80")))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.enter(KEY_INDICATORS_UNMET, Q1, amount("0"), "none", Optional.empty(), 3))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(fx.manualEntries.all()).singleElement()
                .satisfies(e -> assertThat(e.measurement()).isEqualTo(amount("91")));
        assertThat(fx.org.auditLog.entries()).isEqualTo(audit);
    }

    @Test
    void the_running_quarter_may_be_entered() {
        enter(KEY_INDICATORS_UNMET, Q2, amount("0"));

        assertThat(fx.manualEntries.find(KEY_INDICATORS_UNMET, Q2)).isPresent();
    }

    @Test
    void the_entry_is_read_back_with_its_version_for_replacing_it() {
        enter(CUSTOMER_SATISFACTION, Q1, amount("92.5"));

        var entry = service.manualEntry(CUSTOMER_SATISFACTION, Q1).orElseThrow();
        assertThat(entry.version()).isEqualTo(1);
        assertThat(service.manualEntry(CUSTOMER_SATISFACTION, Q2)).isEmpty();
        fx.actAs(Actors.holding(Role.DEPARTMENT_LEAD));
        assertThatThrownBy(() -> service.manualEntry(CUSTOMER_SATISFACTION, Q1)).isInstanceOf(AccessDenied.class);
    }

    // ---- refusals store nothing and write no audit entry

    @Test
    void a_period_that_has_not_begun_is_refused() {
        assertRejected(() -> enter(CUSTOMER_SATISFACTION, Q3, amount("92")), "period", "validation.period.future");
        assertNothingStored();
    }

    @Test
    void a_negative_count_is_refused() {
        assertRejected(() -> enter(KEY_INDICATORS_UNMET, Q1, amount("-1")), "value", "validation.value.at-least");
        assertNothingStored();
    }

    @Test
    void a_fraction_of_a_project_is_refused() {
        assertRejected(() -> enter(OPTIMIZATION_PROJECTS_LANDED, Q1, amount("1.5")), "value",
                "validation.value.whole-number");
        assertNothingStored();
    }

    @Test
    void a_satisfaction_over_100_percent_is_refused() {
        assertRejected(() -> enter(CUSTOMER_SATISFACTION, Q1, amount("100.01")), "value", "validation.value.at-most");
        assertNothingStored();
    }

    @Test
    void an_entry_without_a_reason_is_refused() {
        assertRejected(() -> service.enter(CUSTOMER_SATISFACTION, Q1, amount("92"), "  ", Optional.empty(), 0),
                "reason", "validation.required");
        assertNothingStored();
    }

    @Test
    void an_annual_part_is_entered_per_quarter_not_for_the_year() {
        assertRejected(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Year(2025), amount("3")), "period",
                "validation.value.annual-part-per-quarter");
        assertNothingStored();
    }

    @Test
    void a_ratio_is_refused_for_a_count() {
        assertRejected(() -> enter(KEY_INDICATORS_UNMET, Q1, Measurement.Ratio.of(1, 2)), "value",
                "validation.value.ratio-for-percent-only");
        assertNothingStored();
    }

    // ---- figures from records

    @Test
    void a_part_the_records_supply_cannot_be_entered_by_hand() {
        Arrays.asList("黄蕾", "李娜", "王强", "赵敏").forEach(fx::coreStaff);

        var refusal = catchThrowableOfType(RuleViolation.class,
                () -> enter(CORE_STAFF_RETENTION, Q1, Measurement.Ratio.of(4, 4)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("rule.figure.from-records");
        assertThat(refusal.arguments()).containsExactly("CORE_STAFF_RETENTION");
        assertNothingStored();
    }

    @Test
    void without_records_the_same_part_may_be_entered_and_shows_as_manual() {
        var report = service.scorecard(Q1);
        assertThat(report.recordParts()).contains(CORE_STAFF_RETENTION);
        assertThat(report.scorecard().part(CORE_STAFF_RETENTION).orElseThrow().status()).isEqualTo(Status.NO_DATA);

        enter(CORE_STAFF_RETENTION, Q1, Measurement.Ratio.of(9, 10));

        var part = service.scorecard(Q1).scorecard().part(CORE_STAFF_RETENTION).orElseThrow();
        assertThat(part.manual()).isTrue();
        assertThat(part.status()).isEqualTo(Status.PASS);
        assertThat(part.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("90"));
    }

    @Test
    void a_fixed_source_value_wins_over_nothing_and_blocks_manual_entry() {
        var fixed = new AppraisalFixture();
        fixed.fixedSource.put(Part.COLLABORATION_SATISFACTION, Q1, new Amount(new BigDecimal("86")));
        var withSource = fixed.service();

        assertThat(withSource.scorecard(Q1).scorecard().part(Part.COLLABORATION_SATISFACTION).orElseThrow().status())
                .isEqualTo(Status.PASS);
        assertThatThrownBy(() -> withSource.enter(Part.COLLABORATION_SATISFACTION, Q1, amount("70"), "why",
                Optional.empty(), 0)).isInstanceOf(RuleViolation.class);
        // a quarter the source has no records for is open to a manual figure
        withSource.enter(Part.COLLABORATION_SATISFACTION, Q2, amount("70"), "survey outside the system",
                Optional.empty(), 0);
        assertThat(fixed.manualEntries.all()).hasSize(1);
    }

    // ---- attachments

    @Test
    void an_entry_carries_an_uploaded_attachment() {
        var pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        var file = service.attach("nps-q1.pdf", "application/pdf", pdf);

        service.enter(CUSTOMER_SATISFACTION, Q1, amount("93"), "vendor report", Optional.of(file), 0);

        var entry = fx.manualEntries.find(CUSTOMER_SATISFACTION, Q1).orElseThrow();
        assertThat(entry.provenance().attachment()).contains(file);
        var stored = service.attachment(file);
        assertThat(stored.fileName()).isEqualTo("nps-q1.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.content()).isEqualTo(pdf);
        assertThat(fx.attachments.uploaderOf(file)).contains("manager");
        assertEntry(fx.org.auditLog.entries().getFirst(), CREATE, "manager", "Attachment", file);
    }

    @Test
    void an_attachment_is_kept_under_a_safe_name_with_the_type_its_bytes_show_not_the_browsers() {
        var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        var id = service.attach("../../etc/\u202Efdp.html", "text/html", html);

        var stored = service.attachment(id);
        assertThat(stored.fileName()).isEqualTo("fdp.html");
        assertThat(stored.contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void an_attachment_over_the_size_limit_is_refused() {
        var tooLarge = new byte[AppraisalService.MAX_ATTACHMENT_BYTES + 1];

        assertRejected(() -> service.attach("big.pdf", "application/pdf", tooLarge), "attachment",
                "validation.attachment.too-large");
        assertThat(fx.attachments.all()).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void an_attachment_of_exactly_the_limit_is_kept() {
        var id = service.attach("exact.bin", "", new byte[AppraisalService.MAX_ATTACHMENT_BYTES]);

        assertThat(fx.attachments.byId(id).orElseThrow().contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void an_empty_attachment_is_refused() {
        assertRejected(() -> service.attach("empty.pdf", "application/pdf", new byte[0]), "attachment",
                "validation.attachment.empty");
        assertThat(fx.attachments.all()).isEmpty();
    }

    @Test
    void an_entry_citing_an_unknown_attachment_is_refused() {
        assertRejected(() -> service.enter(CUSTOMER_SATISFACTION, Q1, amount("93"), "vendor report",
                Optional.of(UUID.randomUUID()), 0), "attachment", "validation.attachment.missing");
        assertNothingStored();
    }

    @Test
    void an_unknown_attachment_is_not_found() {
        assertThatThrownBy(() -> service.attachment(UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    // ---- who may enter

    @Test
    void a_specialist_may_enter() {
        fx.actAs(fx.specialist);

        enter(CUSTOMER_SATISFACTION, Q1, amount("92"));

        assertThat(fx.manualEntries.find(CUSTOMER_SATISFACTION, Q1).orElseThrow().provenance().enteredBy())
                .isEqualTo("specialist");
    }

    @ParameterizedTest
    @MethodSource("mayNotEnter")
    void others_including_the_director_may_not_enter_or_attach(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> enter(CUSTOMER_SATISFACTION, Q1, amount("92"))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.attach("a.pdf", "application/pdf", new byte[]{1}))
                .isInstanceOf(AccessDenied.class);
        assertNothingStored();
        assertThat(fx.attachments.all()).isEmpty();
    }

    @Test
    void the_report_says_who_may_enter_figures_for_the_period() {
        assertThat(service.scorecard(Q1).editable()).isTrue();
        assertThat(service.scorecard(Q3).editable()).isFalse();
        fx.actAs(fx.director);
        assertThat(service.scorecard(Q1).editable()).isFalse();
    }
}
