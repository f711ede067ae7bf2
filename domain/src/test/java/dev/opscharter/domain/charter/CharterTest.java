package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.charter.CharterLine.excluded;
import static dev.opscharter.domain.charter.CharterLine.own;
import static dev.opscharter.domain.charter.CharterLine.participate;
import static dev.opscharter.domain.charter.CharterLine.reserved;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CharterTest {

    private static final Instant AT = Instant.parse("2026-01-05T01:00:00Z");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final List<DutyDimension> SEED = CharterSeed.dimensions(CharterTest::department);

    static DepartmentId department(DepartmentCode code) {
        return new DepartmentId(UUID.nameUUIDFromBytes(code.value().getBytes()));
    }

    static DepartmentId department(String code) {
        return department(new DepartmentCode(code));
    }

    // ---------------------------------------------------------------- the seed

    @Test
    void the_seed_has_the_four_duty_dimensions_of_the_charter_in_its_order() {
        assertThat(SEED).extracting(DutyDimension::code).containsExactly(
                "BUSINESS_COORDINATION", "EFFICIENCY_OPTIMIZATION", "PROCESS_RISK_CONTROL", "TEAM_COLLABORATION");
        assertThat(SEED).extracting(d -> d.name().chinese())
                .containsExactly("业务运营统筹", "效率优化管理", "流程与风险管控", "团队与协同管理");
    }

    @Test
    void the_seed_is_a_valid_first_charter() {
        var charter = Charter.first(SEED, JAN_1, "seeded from the job description", "admin", AT);

        assertThat(charter.number()).isEqualTo(1);
        assertThat(charter.effectiveFrom()).isEqualTo(JAN_1);
        assertThat(charter.note()).isEqualTo("seeded from the job description");
        assertThat(charter.recordedBy()).isEqualTo("admin");
        assertThat(charter.lines()).hasSize(23);
        assertThat(charter.lines()).filteredOn(l -> l.involvement() == Involvement.OWN).hasSize(15);
        assertThat(charter.lines()).filteredOn(l -> l.involvement() == Involvement.PARTICIPATE)
                .extracting(l -> l.dutyType().code()).containsExactly("STRATEGIC_PLANNING");
        assertThat(charter.lines()).filteredOn(l -> l.signOff().isPresent())
                .extracting(l -> l.dutyType().code())
                .containsExactly("RESTRUCTURING", "MAJOR_RISK_HANDLING", "BUDGET_APPROVAL");
    }

    @Test
    void each_line_is_found_with_its_dimension() {
        var charter = Charter.first(SEED, JAN_1, "", "admin", AT);
        var audit = new DutyType("COMPLIANCE_AUDIT");

        assertThat(charter.line(audit)).hasValueSatisfying(l -> {
            assertThat(l.involvement()).isEqualTo(Involvement.EXCLUDED);
            assertThat(l.department()).contains(department("INTERNAL_AUDIT"));
            assertThat(l.textZh()).isEqualTo("合规审计执行（由内审部门负责）");
        });
        assertThat(charter.dimensionOf(audit)).hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("PROCESS_RISK_CONTROL"));
        assertThat(charter.line(new DutyType("NOT_IN_CHARTER"))).isEmpty();
        assertThat(charter.dimensionOf(new DutyType("NOT_IN_CHARTER"))).isEmpty();
    }

    // ---------------------------------------------------------------- validation

    @Test
    void a_duty_type_may_appear_only_once_in_a_charter() {
        var first = dimension("ONE", own("PROCESS_SYSTEM", "搭建运营流程体系", "Process system"));
        var second = dimension("TWO", own("PROCESS_SYSTEM", "流程体系", "Process system again"));

        var refusal = assertRejected(() -> Charter.first(List.of(first, second), JAN_1, "", "admin", AT),
                "dutyType", "validation.charter.duplicate-duty-type");
        assertThat(refusal.arguments()).containsExactly("PROCESS_SYSTEM");
        assertRejected(() -> Charter.first(List.of(dimension("ONE",
                        own("A_DUTY", "甲", "A"), own("A_DUTY", "乙", "B"))), JAN_1, "", "admin", AT),
                "dutyType", "validation.charter.duplicate-duty-type");
    }

    @Test
    void a_dimension_may_appear_only_once_in_a_charter() {
        var first = dimension("ONE", own("A_DUTY", "甲", "A"));
        var second = dimension("ONE", own("B_DUTY", "乙", "B"));

        assertRejected(() -> Charter.first(List.of(first, second), JAN_1, "", "admin", AT),
                "dimension", "validation.charter.duplicate-dimension");
    }

    @Test
    void a_charter_has_at_least_one_dimension_and_each_dimension_at_least_one_line() {
        assertRejected(() -> Charter.first(List.of(), JAN_1, "", "admin", AT), "dimensions", "validation.charter.empty");
        assertRejected(() -> new DutyDimension("EMPTY", new BilingualName("空", "Empty"), List.of()),
                "lines", "validation.charter.dimension-empty");
    }

    @Test
    void a_dimension_code_has_the_form_of_a_code() {
        assertRejected(() -> new DutyDimension("team and people", new BilingualName("团队", "Team"),
                List.of(own("A_DUTY", "甲", "A"))), "dimension", "validation.duty-type");
    }

    @Test
    void a_duty_type_is_an_upper_case_code() {
        assertRejected(() -> new DutyType("system development"), "dutyType", "validation.duty-type");
        assertRejected(() -> new DutyType(""), "dutyType", "validation.duty-type");
        assertRejected(() -> new DutyType(null), "dutyType", "validation.duty-type");
        assertThat(new DutyType("  RECRUITING ").code()).isEqualTo("RECRUITING");
    }

    @Test
    void an_owned_line_names_no_other_department() {
        assertRejected(() -> new CharterLine(new DutyType("A_DUTY"), "甲", "A", Involvement.OWN,
                        Optional.of(department("IT")), Optional.empty()),
                "department", "validation.charter-line.own-has-department");
    }

    @Test
    void only_an_excluded_line_can_require_a_sign_off() {
        assertRejected(() -> new CharterLine(new DutyType("A_DUTY"), "甲", "A", Involvement.OWN,
                        Optional.empty(), Optional.of(SignOffAuthority.MANAGEMENT)),
                "signOff", "validation.charter-line.sign-off-needs-exclusion");
        assertRejected(() -> new CharterLine(new DutyType("A_DUTY"), "甲", "A", Involvement.PARTICIPATE,
                        Optional.of(department("EXECUTIVE")), Optional.of(SignOffAuthority.MANAGEMENT)),
                "signOff", "validation.charter-line.sign-off-needs-exclusion");
        assertThat(reserved("A_DUTY", "甲", "A", department("EXECUTIVE"), SignOffAuthority.MANAGEMENT).signOff())
                .contains(SignOffAuthority.MANAGEMENT);
    }

    @Test
    void the_line_factories_give_each_kind_of_line_its_department_and_sign_off() {
        var participated = participate("X_DUTY", "甲", "A", department("EXECUTIVE"));
        var excludedLine = excluded("Y_DUTY", "乙", "B", department("IT"));
        var owned = own("Z_DUTY", "丙", "C");

        assertThat(participated.involvement()).isEqualTo(Involvement.PARTICIPATE);
        assertThat(participated.department()).contains(department("EXECUTIVE"));
        assertThat(participated.signOff()).isEmpty();
        assertThat(excludedLine.involvement()).isEqualTo(Involvement.EXCLUDED);
        assertThat(excludedLine.department()).contains(department("IT"));
        assertThat(excludedLine.signOff()).isEmpty();
        assertThat(owned.department()).isEmpty();
        assertThat(owned.text(Language.ZH_CN)).isEqualTo("丙");
        assertThat(owned.text(Language.EN)).isEqualTo("C");
    }

    @Test
    void work_led_or_owned_elsewhere_names_the_department() {
        assertRejected(() -> new CharterLine(new DutyType("A_DUTY"), "甲", "A", Involvement.EXCLUDED,
                Optional.empty(), Optional.empty()), "department", "validation.required");
        assertRejected(() -> new CharterLine(new DutyType("A_DUTY"), "甲", "A", Involvement.PARTICIPATE,
                Optional.empty(), Optional.empty()), "department", "validation.required");
    }

    @Test
    void a_line_has_its_text_in_both_languages() {
        assertRejected(() -> own("A_DUTY", " ", "A"), "textZh", "validation.required");
        assertRejected(() -> own("A_DUTY", "甲", ""), "textEn", "validation.required");
        assertRejected(() -> own("A_DUTY", "甲", "x".repeat(CharterLine.MAX_TEXT + 1)), "textEn", "validation.too-long");
    }

    @Test
    void a_charter_note_has_a_limit() {
        assertRejected(() -> Charter.first(SEED, JAN_1, "x".repeat(Charter.MAX_NOTE + 1), "admin", AT),
                "note", "validation.too-long");
    }

    @Test
    void charter_versions_are_numbered_from_one() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Charter(CharterVersionId.random(), 0, JAN_1, SEED, "", "admin", AT));
    }

    // ---------------------------------------------------------------- revising

    @Test
    void a_revision_is_the_next_version_from_the_given_day_with_its_reason() {
        var first = Charter.first(SEED, JAN_1, "", "admin", AT);
        var today = LocalDate.of(2026, 5, 10);
        var changed = new ArrayList<>(SEED);
        changed.add(dimension("DATA_GOVERNANCE", own("DATA_QUALITY", "数据质量", "Data quality")));

        var second = first.revise(changed, LocalDate.of(2026, 6, 1), "  data governance added  ", "manager",
                AT.plusSeconds(60), today);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(second.note()).isEqualTo("data governance added");
        assertThat(second.recordedBy()).isEqualTo("manager");
        assertThat(second.line(new DutyType("DATA_QUALITY"))).isPresent();
        assertThat(first.line(new DutyType("DATA_QUALITY"))).isEmpty();
        assertThat(first.number()).isEqualTo(1);
    }

    @Test
    void a_revision_may_take_effect_today() {
        var first = Charter.first(SEED, JAN_1, "", "admin", AT);
        var today = LocalDate.of(2026, 5, 10);

        assertThat(first.revise(SEED, today, "wording", "manager", AT, today).effectiveFrom()).isEqualTo(today);
    }

    @Test
    void a_revision_cannot_be_back_dated() {
        var first = Charter.first(SEED, JAN_1, "", "admin", AT);
        var today = LocalDate.of(2026, 5, 10);

        assertRejected(() -> first.revise(SEED, today.minusDays(1), "wording", "manager", AT, today),
                "effectiveFrom", "validation.charter.backdated");
    }

    @Test
    void a_revision_needs_a_reason() {
        var first = Charter.first(SEED, JAN_1, "", "admin", AT);
        var today = LocalDate.of(2026, 5, 10);

        assertRejected(() -> first.revise(SEED, today, "  ", "manager", AT, today), "note", "validation.required");
        assertRejected(() -> first.revise(SEED, today, null, "manager", AT, today), "note", "validation.required");
    }

    @Test
    void a_revision_is_validated_like_any_charter() {
        var first = Charter.first(SEED, JAN_1, "", "admin", AT);
        var today = LocalDate.of(2026, 5, 10);

        assertRejected(() -> first.revise(List.of(), today, "emptied", "manager", AT, today),
                "dimensions", "validation.charter.empty");
    }

    // ---------------------------------------------------------------- history

    @Test
    void the_version_in_force_on_a_day_is_the_newest_one_already_effective() {
        var v1 = Charter.first(SEED, JAN_1, "", "admin", AT);
        var v2 = v1.revise(SEED, LocalDate.of(2026, 4, 1), "Q2 change", "manager", AT, LocalDate.of(2026, 3, 1));
        var v3 = v2.revise(SEED, LocalDate.of(2026, 4, 1), "correction, same day", "manager", AT, LocalDate.of(2026, 3, 2));
        var v4 = v3.revise(SEED, LocalDate.of(2026, 9, 1), "autumn change", "manager", AT, LocalDate.of(2026, 8, 1));
        var history = new CharterHistory(List.of(v3, v1, v4, v2));

        assertThat(history.inForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(history.inForceOn(JAN_1)).contains(v1);
        assertThat(history.inForceOn(LocalDate.of(2026, 3, 31))).contains(v1);
        assertThat(history.inForceOn(LocalDate.of(2026, 4, 1))).contains(v3);
        assertThat(history.inForceOn(LocalDate.of(2026, 8, 31))).contains(v3);
        assertThat(history.inForceOn(LocalDate.of(2026, 9, 1))).contains(v4);
        assertThat(history.inForceOn(LocalDate.of(2030, 1, 1))).contains(v4);
    }

    @Test
    void a_revision_supersedes_an_earlier_version_scheduled_for_a_later_day() {
        var v1 = Charter.first(SEED, JAN_1, "", "admin", AT);
        // recorded in March, in force from September
        var v2 = v1.revise(SEED, LocalDate.of(2026, 9, 1), "autumn change", "manager", AT, LocalDate.of(2026, 3, 1));
        // revised from v2 in July, in force from August: it takes v2's place for good
        var v3 = v2.revise(SEED, LocalDate.of(2026, 8, 1), "summer change", "manager", AT, LocalDate.of(2026, 7, 15));
        var history = new CharterHistory(List.of(v3, v1, v2));

        assertThat(history.inForceOn(LocalDate.of(2026, 7, 31))).contains(v1);
        assertThat(history.inForceOn(LocalDate.of(2026, 8, 1))).contains(v3);
        assertThat(history.inForceOn(LocalDate.of(2026, 9, 1))).contains(v3);
        assertThat(history.inForceOn(LocalDate.of(2027, 1, 1))).contains(v3);
        assertThat(history.latest()).contains(v3);
    }

    @Test
    void the_history_keeps_every_version_in_number_order() {
        var v1 = Charter.first(SEED, JAN_1, "", "admin", AT);
        var v2 = v1.revise(SEED, LocalDate.of(2026, 4, 1), "Q2 change", "manager", AT, LocalDate.of(2026, 3, 1));
        var history = new CharterHistory(List.of(v2, v1));

        assertThat(history.versions()).containsExactly(v1, v2);
        assertThat(history.latest()).contains(v2);
        assertThat(history.number(1)).contains(v1);
        assertThat(history.number(3)).isEmpty();
        assertThat(new CharterHistory(List.of()).latest()).isEmpty();
        assertThat(new CharterHistory(List.of()).inForceOn(JAN_1)).isEmpty();
    }

    private static DutyDimension dimension(String code, CharterLine... lines) {
        return new DutyDimension(code, new BilingualName("维度" + code, "Dimension " + code), List.of(lines));
    }
}
