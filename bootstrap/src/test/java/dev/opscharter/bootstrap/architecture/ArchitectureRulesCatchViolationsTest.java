package dev.opscharter.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.opscharter.domain.organization.PlantedJdbcInDomain;
import dev.opscharter.domain.organization.PlantedSpringInDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are only worth something if they fail: plant violations (test classes placed in the
 * domain package) and check the rules report them, while the real code passes.
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void a_domain_class_using_jdbc_breaks_the_domain_rules() {
        var planted = new ClassFileImporter().importClasses(PlantedJdbcInDomain.class);
        assertThat(ArchitectureTest.domain_depends_on_java_and_itself_only.evaluate(planted).hasViolation()).isFalse();
        assertThat(ArchitectureTest.domain_uses_no_jdbc_and_no_desktop_apis.evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void a_domain_class_using_spring_breaks_the_allow_list() {
        var planted = new ClassFileImporter().importClasses(PlantedSpringInDomain.class);
        assertThat(ArchitectureTest.domain_depends_on_java_and_itself_only.evaluate(planted).hasViolation()).isTrue();
        assertThat(ArchitectureTest.spring_data_only_in_the_persistence_adapter.evaluate(planted).hasViolation())
                .isTrue();
    }
}
