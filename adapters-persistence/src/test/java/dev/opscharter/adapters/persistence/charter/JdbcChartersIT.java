package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.CharterVersionId;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static dev.opscharter.adapters.persistence.charter.CharterFixtures.RECORDED_AT;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.freshNumber;
import static dev.opscharter.adapters.persistence.charter.CharterFixtures.seededCharter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcChartersIT extends ChartersContract {

    @Autowired
    private Charters charters;

    @Autowired
    private Transactions transactions;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Charters charters() {
        return charters;
    }

    @Test
    void the_lines_are_stored_under_their_dimension_in_the_charter_order() {
        var charter = seededCharter();

        charters.add(charter);

        var rows = jdbc.sql("""
                        select d.code, l.duty_type
                        from charter_line l
                        join charter_dimension d on d.charter_version_id = l.charter_version_id
                                                and d.position = l.dimension_position
                        where l.charter_version_id = :id
                        order by l.position""")
                .param("id", charter.id().value())
                .query((rs, n) -> rs.getString("code") + "/" + rs.getString("duty_type"))
                .list();
        assertThat(rows).hasSize(23).startsWith("BUSINESS_COORDINATION/OPERATIONS_STRATEGY")
                .contains("EFFICIENCY_OPTIMIZATION/RESTRUCTURING").endsWith("TEAM_COLLABORATION/BUDGET_APPROVAL");
    }

    @Test
    void a_line_naming_a_department_that_does_not_exist_is_refused_and_nothing_is_kept() {
        var charter = new Charter(CharterVersionId.random(), freshNumber(), LocalDate.of(2026, 1, 1), List.of(
                new DutyDimension("ONLY", new BilingualName("唯一", "Only"), List.of(
                        CharterLine.own("OPERATIONS_STRATEGY", "制定运营策略", "Operations strategy"),
                        CharterLine.excluded("NOWHERE", "无主", "Nobody's", DepartmentId.random())))),
                "", "系统", RECORDED_AT);

        assertThatThrownBy(() -> transactions.run(() -> charters.add(charter)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(charters.all()).noneMatch(c -> c.id().equals(charter.id()));
    }
}
