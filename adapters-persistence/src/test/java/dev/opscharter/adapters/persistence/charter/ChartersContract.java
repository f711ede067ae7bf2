package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.CharterVersionId;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.charter.CharterFixtures.EXECUTIVE;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.FINANCE;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.IT;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.RECORDED_AT;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.freshNumber;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.seededCharter;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.seededDimensions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Charters} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ChartersContract {

    protected abstract Charters charters();

    private Optional<Charter> stored(CharterVersionId id) {
        return charters().all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Test
    void the_seeded_charter_round_trips_with_every_dimension_and_line_in_order() {
        var charter = seededCharter();

        charters().add(charter);

        var found = stored(charter.id()).orElseThrow();
        assertThat(found).isEqualTo(charter);
        assertThat(found.dimensions()).extracting(DutyDimension::code).containsExactly(
                "BUSINESS_COORDINATION", "EFFICIENCY_OPTIMIZATION", "PROCESS_RISK_CONTROL", "TEAM_COLLABORATION");
        assertThat(found.lines()).hasSize(23);
        assertThat(found.lines()).extracting(CharterLine::involvement)
                .contains(Involvement.OWN, Involvement.PARTICIPATE, Involvement.EXCLUDED);
        assertThat(found.lines()).extracting(CharterLine::signOff).contains(Optional.empty(),
                Optional.of(SignOffAuthority.MANAGEMENT), Optional.of(SignOffAuthority.OWNER_DEPARTMENT_LEAD));
    }

    @Test
    void a_revision_with_every_kind_of_line_and_a_note_round_trips() {
        var charter = new Charter(CharterVersionId.random(), freshNumber(), LocalDate.of(2027, 3, 15), List.of(
                new DutyDimension("SECOND", new BilingualName("第二维度", "Second dimension"), List.of(
                        CharterLine.reserved("BUDGET_APPROVAL", "部门预算审批（需财务部门审核）", "Budget approval",
                                FINANCE, SignOffAuthority.OWNER_DEPARTMENT_LEAD),
                        CharterLine.own("OPERATIONS_STRATEGY", "制定运营策略", "Operations strategy"))),
                new DutyDimension("FIRST", new BilingualName("第一维度", "First dimension"), List.of(
                        CharterLine.excluded("SYSTEM_DEVELOPMENT", "系统开发建设", "System development", IT),
                        CharterLine.participate("STRATEGIC_PLANNING", "战略规划制定", "Strategic planning", EXECUTIVE),
                        CharterLine.reserved("RESTRUCTURING", "组织架构重构", "Restructuring", EXECUTIVE,
                                SignOffAuthority.MANAGEMENT)))),
                "按管理层意见调整：预算审批改由财务负责人签批", "王总监", Instant.parse("2027-03-01T09:30:00.000001Z"));

        charters().add(charter);

        assertThat(stored(charter.id())).contains(charter);
    }

    @Test
    void every_version_is_kept_in_number_order() {
        var first = seededCharter();
        charters().add(first);
        var dimensions = new ArrayList<>(seededDimensions());
        dimensions.removeLast();
        var second = first.revise(dimensions, LocalDate.of(2026, 9, 1), "团队维度移出", "王总监",
                RECORDED_AT.plusSeconds(3600), LocalDate.of(2026, 8, 1));
        charters().add(second);

        var all = charters().all();

        assertThat(all).contains(first, second);
        assertThat(all.indexOf(first)).isLessThan(all.indexOf(second));
        assertThat(stored(second.id()).orElseThrow().dimensions()).hasSize(3);
        assertThat(stored(first.id()).orElseThrow().dimensions()).hasSize(4);
    }

    @Test
    void a_second_version_with_a_taken_number_is_refused() {
        var first = seededCharter();
        charters().add(first);
        var rival = new Charter(CharterVersionId.random(), first.number(), LocalDate.of(2026, 10, 1),
                seededDimensions(), "同时修订", "另一位总监", RECORDED_AT);

        assertThatThrownBy(() -> charters().add(rival)).isInstanceOf(ConcurrentModification.class);
        assertThat(charters().all()).contains(first).doesNotContain(rival);
        assertThat(charters().all()).filteredOn(c -> c.number() == first.number()).containsExactly(first);
    }

    @Test
    void adding_the_same_version_twice_is_refused() {
        var charter = seededCharter();
        charters().add(charter);

        assertThatThrownBy(() -> charters().add(charter)).isInstanceOf(ConcurrentModification.class);
        assertThat(charters().all()).filteredOn(c -> c.id().equals(charter.id())).containsExactly(charter);
    }
}
