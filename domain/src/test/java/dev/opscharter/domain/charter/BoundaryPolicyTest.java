package dev.opscharter.domain.charter;

import dev.opscharter.domain.charter.BoundaryDecision.Own;
import dev.opscharter.domain.charter.BoundaryDecision.Participate;
import dev.opscharter.domain.charter.BoundaryDecision.Redirect;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The charter as policy (SPEC §1): every line of its table routes work the way the table says. */
class BoundaryPolicyTest {

    private static final Instant AT = Instant.parse("2026-01-05T01:00:00Z");
    private static final Charter CHARTER = Charter.first(CharterSeed.dimensions(BoundaryPolicyTest::department),
            LocalDate.of(2026, 1, 1), "", "admin", AT);
    private static final BoundaryPolicy POLICY = new BoundaryPolicy(CHARTER);

    static DepartmentId department(DepartmentCode code) {
        return new DepartmentId(UUID.nameUUIDFromBytes(code.value().getBytes()));
    }

    static DepartmentId department(String code) {
        return department(new DepartmentCode(code));
    }

    /** The table of SPEC §1, line by line: duty type, dimension, how Operations stands, the department, the sign-off. */
    @ParameterizedTest(name = "{0} → {2} {3} {4}")
    @CsvSource(nullValues = "-", value = {
            // Business operations coordination
            "OPERATIONS_STRATEGY,           BUSINESS_COORDINATION,   OWN,         -,              -",
            "BUSINESS_LAUNCH,               BUSINESS_COORDINATION,   OWN,         -,              -",
            "METRICS_MONITORING,            BUSINESS_COORDINATION,   OWN,         -,              -",
            "GOAL_ATTAINMENT,               BUSINESS_COORDINATION,   OWN,         -,              -",
            "BUSINESS_EXECUTION,            BUSINESS_COORDINATION,   EXCLUDED,    FRONTLINE,      -",
            "STRATEGIC_PLANNING,            BUSINESS_COORDINATION,   PARTICIPATE, EXECUTIVE,      -",
            // Efficiency optimization
            "BOTTLENECK_ANALYSIS,           EFFICIENCY_OPTIMIZATION, OWN,         -,              -",
            "PROCESS_OPTIMIZATION,          EFFICIENCY_OPTIMIZATION, OWN,         -,              -",
            "OPERATIONS_TOOLS,              EFFICIENCY_OPTIMIZATION, OWN,         -,              -",
            "EFFICIENCY_METRICS,            EFFICIENCY_OPTIMIZATION, OWN,         -,              -",
            "SYSTEM_DEVELOPMENT,            EFFICIENCY_OPTIMIZATION, EXCLUDED,    IT,             -",
            "RESTRUCTURING,                 EFFICIENCY_OPTIMIZATION, EXCLUDED,    EXECUTIVE,      MANAGEMENT",
            // Process and risk control
            "PROCESS_SYSTEM,                PROCESS_RISK_CONTROL,    OWN,         -,              -",
            "OPERATING_STANDARDS,           PROCESS_RISK_CONTROL,    OWN,         -,              -",
            "RISK_IDENTIFICATION,           PROCESS_RISK_CONTROL,    OWN,         -,              -",
            "PROCESS_COMPLIANCE_CHECK,      PROCESS_RISK_CONTROL,    OWN,         -,              -",
            "COMPLIANCE_AUDIT,              PROCESS_RISK_CONTROL,    EXCLUDED,    INTERNAL_AUDIT, -",
            "MAJOR_RISK_HANDLING,           PROCESS_RISK_CONTROL,    EXCLUDED,    EXECUTIVE,      MANAGEMENT",
            // Team and collaboration
            "TEAM_BUILDING,                 TEAM_COLLABORATION,      OWN,         -,              -",
            "PEOPLE_DEVELOPMENT,            TEAM_COLLABORATION,      OWN,         -,              -",
            "CROSS_DEPARTMENT_COORDINATION, TEAM_COLLABORATION,      OWN,         -,              -",
            "RECRUITING,                    TEAM_COLLABORATION,      EXCLUDED,    HR,             -",
            "BUDGET_APPROVAL,               TEAM_COLLABORATION,      EXCLUDED,    FINANCE,        OWNER_DEPARTMENT_LEAD"})
    void every_line_of_the_charter_routes_work_as_the_table_says(String dutyType, String dimension,
                                                                 Involvement involvement, String departmentCode,
                                                                 SignOffAuthority signOff) {
        var decision = POLICY.decide(new DutyType(dutyType));

        assertThat(decision.involvement()).isEqualTo(involvement);
        assertThat(decision.department()).isEqualTo(Optional.ofNullable(departmentCode).map(BoundaryPolicyTest::department));
        assertThat(decision.citation().dimensionCode()).isEqualTo(dimension);
        switch (involvement) {
            case OWN -> assertThat(decision).isInstanceOf(Own.class);
            case PARTICIPATE -> assertThat(decision).isEqualTo(
                    new Participate(department(departmentCode), decision.citation()));
            case EXCLUDED -> assertThat(decision).isEqualTo(
                    new Redirect(department(departmentCode), decision.citation(), Optional.ofNullable(signOff)));
        }
    }

    @Test
    void the_table_above_covers_every_line_of_the_seeded_charter() {
        assertThat(CHARTER.lines()).hasSize(23);
    }

    @Test
    void strategic_planning_is_led_by_executive_management_with_operations_participating() {
        assertThat(POLICY.decide(new DutyType("STRATEGIC_PLANNING")))
                .isInstanceOfSatisfying(Participate.class, p -> assertThat(p.lead()).isEqualTo(department("EXECUTIVE")));
    }

    @Test
    void business_execution_goes_to_the_frontline_without_a_sign_off() {
        assertThat(POLICY.decide(new DutyType("BUSINESS_EXECUTION")))
                .isInstanceOfSatisfying(Redirect.class, r -> {
                    assertThat(r.owner()).isEqualTo(department("FRONTLINE"));
                    assertThat(r.signOff()).isEmpty();
                });
    }

    @Test
    void the_compliance_audit_is_internal_audits_while_the_quarterly_process_check_is_operations() {
        assertThat(POLICY.decide(new DutyType("COMPLIANCE_AUDIT")))
                .isInstanceOfSatisfying(Redirect.class, r -> {
                    assertThat(r.owner()).isEqualTo(department("INTERNAL_AUDIT"));
                    assertThat(r.signOff()).isEmpty();
                });
        assertThat(POLICY.decide(new DutyType("PROCESS_COMPLIANCE_CHECK"))).isInstanceOf(Own.class);
    }

    @Test
    void hiring_goes_to_hr() {
        assertThat(POLICY.decide(new DutyType("RECRUITING")).department()).contains(department("HR"));
    }

    @Test
    void restructuring_and_major_risks_need_managements_sign_off() {
        for (var type : List.of("RESTRUCTURING", "MAJOR_RISK_HANDLING")) {
            assertThat(POLICY.decide(new DutyType(type))).as(type)
                    .isInstanceOfSatisfying(Redirect.class, r -> {
                        assertThat(r.owner()).isEqualTo(department("EXECUTIVE"));
                        assertThat(r.signOff()).contains(SignOffAuthority.MANAGEMENT);
                    });
        }
    }

    @Test
    void a_budget_approval_needs_the_finance_leads_sign_off() {
        assertThat(POLICY.decide(new DutyType("BUDGET_APPROVAL")))
                .isInstanceOfSatisfying(Redirect.class, r -> {
                    assertThat(r.owner()).isEqualTo(department("FINANCE"));
                    assertThat(r.signOff()).contains(SignOffAuthority.OWNER_DEPARTMENT_LEAD);
                });
    }

    @Test
    void the_citation_names_the_charter_version_the_dimension_and_the_line_in_both_languages() {
        var citation = POLICY.decide(new DutyType("SYSTEM_DEVELOPMENT")).citation();

        assertThat(citation.charterVersion()).isEqualTo(1);
        assertThat(citation.dimensionCode()).isEqualTo("EFFICIENCY_OPTIMIZATION");
        assertThat(citation.dimension().chinese()).isEqualTo("效率优化管理");
        assertThat(citation.dimension().english()).isEqualTo("Efficiency optimization");
        assertThat(citation.textZh()).isEqualTo("系统开发建设（由IT部门负责）");
        assertThat(citation.textEn()).isEqualTo("System development (by IT)");
        assertThat(citation.text(Language.ZH_CN)).isEqualTo("系统开发建设（由IT部门负责）");
        assertThat(citation.text(Language.EN)).isEqualTo("System development (by IT)");
    }

    @Test
    void a_revised_charter_routes_by_its_own_lines_and_cites_its_own_version() {
        var revisedDimensions = new ArrayList<DutyDimension>();
        for (var dimension : CHARTER.dimensions()) {
            var lines = dimension.lines().stream()
                    .map(l -> l.dutyType().code().equals("RECRUITING")
                            ? CharterLine.participate("RECRUITING", "人员招聘（运营参与面试）",
                            "Recruiting (Operations joins the interviews)", department("HR"))
                            : l)
                    .toList();
            revisedDimensions.add(new DutyDimension(dimension.code(), dimension.name(), lines));
        }
        var revised = CHARTER.revise(revisedDimensions, LocalDate.of(2026, 7, 1), "Operations joins interviews",
                "manager", AT, LocalDate.of(2026, 6, 1));

        var now = new BoundaryPolicy(revised).decide(new DutyType("RECRUITING"));
        var before = POLICY.decide(new DutyType("RECRUITING"));

        assertThat(now.involvement()).isEqualTo(Involvement.PARTICIPATE);
        assertThat(now.citation().charterVersion()).isEqualTo(2);
        assertThat(now.citation().textEn()).isEqualTo("Recruiting (Operations joins the interviews)");
        assertThat(before.involvement()).isEqualTo(Involvement.EXCLUDED);
        assertThat(before.citation().charterVersion()).isEqualTo(1);
    }

    @Test
    void a_duty_type_the_charter_does_not_know_is_refused() {
        var refusal = assertRejected(() -> POLICY.decide(new DutyType("MARKETING_CAMPAIGN")),
                "dutyType", "validation.duty-type.unknown");

        assertThat(refusal.arguments()).containsExactly("MARKETING_CAMPAIGN");
    }
}
