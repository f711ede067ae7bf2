package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.BusinessUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Optional;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcBusinessUnitsIT extends BusinessUnitsContract {

    @Autowired
    private ApplicationContext context;

    @Override
    protected TargetStores stores() {
        return TargetStores.of(context);
    }

    @Test
    void the_database_refuses_a_department_that_does_not_exist() {
        var unit = BusinessUnit.create(code("U"), new BilingualName("华东区", "East"),
                Optional.of(DepartmentId.random()));

        assertThatThrownBy(() -> units().save(unit)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("target_business_unit_department_fk");
    }
}
