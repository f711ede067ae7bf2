package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.ProcessVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcProcessManualIT extends ProcessManualContract {

    @Autowired
    private ProcessManual manual;

    @Autowired
    private Transactions transactions;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected ProcessManual manual() {
        return manual;
    }

    @Test
    void roles_and_end_steps_are_arrays_and_limits_are_seconds() {
        var process = manual.save(newProcess(freshCode()));

        var row = jdbc.sql("""
                        select array_to_string(s.roles, ',') as roles, s.limit_seconds, v.end_to_end_limit_seconds,
                               array_to_string(v.end_steps, ',') as end_steps
                        from process_step s
                        join process_version v on v.process_id = s.process_id and v.number = s.version_number
                        where s.process_id = :id and s.position = 1""")
                .param("id", process.id().value())
                .query((rs, n) -> List.of(rs.getString("roles"), rs.getString("limit_seconds"),
                        rs.getString("end_to_end_limit_seconds"), rs.getString("end_steps")))
                .single();
        assertThat(row).containsExactly("GROUP_4", "14400", "1209600",
                "CONFIRMATION_OF_RECEIPT,T10_DETERMINE_NECESSITY_TO_STOP_INDICATION");
    }

    @Test
    void a_failure_while_adding_versions_in_a_transaction_leaves_nothing_behind() {
        var saved = manual.save(newProcess(freshCode()));
        var twoAtOnce = saved.withVersion(receiptVersion(1, LocalDate.of(2026, 9, 1)), saved.version());

        assertThatThrownBy(() -> transactions.run(() -> {
            manual.save(twoAtOnce);
            throw new IllegalStateException("the import failed further down");
        })).isInstanceOf(IllegalStateException.class);

        var found = manual.byId(saved.id()).orElseThrow();
        assertThat(found.versions()).extracting(ProcessVersion::number).containsExactly(1);
        assertThat(found.version()).isEqualTo(1);
    }
}
