package dev.opscharter.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.opscharter.adapters.documents.shared.PlantedDocumentUsingInPort;
import dev.opscharter.adapters.documents.shared.PlantedDocumentUsingVaadin;
import dev.opscharter.adapters.persistence.PlantedRowUsingInPort;
import dev.opscharter.adapters.ui.PlantedViewUsingDocuments;
import dev.opscharter.application.compliance.port.out.PlantedOutPortUsingInPort;
import dev.opscharter.domain.organization.PlantedJdbcInDomain;
import dev.opscharter.domain.organization.PlantedSpringInDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are only worth something if they fail: plant violations (test classes placed in the
 * packages the rules guard) and check the rules report them, while the real code passes.
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

    @Test
    void an_out_port_using_an_in_port_type_breaks_the_out_port_rule() {
        assertReportsOnlyThePlanted(ArchitectureTest.out_ports_do_not_use_in_ports, PlantedOutPortUsingInPort.class,
                "dev.opscharter.application");
    }

    @Test
    void persistence_using_an_in_port_type_breaks_the_persistence_rule() {
        assertReportsOnlyThePlanted(ArchitectureTest.persistence_does_not_use_in_ports, PlantedRowUsingInPort.class,
                "dev.opscharter.adapters.persistence");
    }

    @Test
    void a_document_using_vaadin_breaks_the_documents_rule() {
        assertReportsOnlyThePlanted(ArchitectureTest.documents_notifications_and_messages_use_no_vaadin,
                PlantedDocumentUsingVaadin.class, "dev.opscharter.adapters.documents");
        assertReportsOnlyThePlanted(ArchitectureTest.vaadin_only_in_the_ui_adapter,
                PlantedDocumentUsingVaadin.class, "dev.opscharter.adapters.documents");
    }

    @Test
    void a_document_using_an_in_port_type_breaks_the_documents_rule() {
        assertReportsOnlyThePlanted(ArchitectureTest.documents_notifications_and_messages_call_no_use_case,
                PlantedDocumentUsingInPort.class, "dev.opscharter.adapters.documents");
    }

    @Test
    void a_screen_using_a_document_class_breaks_the_adapter_rule() {
        assertReportsOnlyThePlanted(ArchitectureTest.ui_does_not_reach_documents_or_notifications,
                PlantedViewUsingDocuments.class, "dev.opscharter.adapters.ui");
    }

    /** The planted class is reported, and the real classes of its layer (without the tests) pass. */
    private static void assertReportsOnlyThePlanted(ArchRule rule, Class<?> planted, String realPackage) {
        var result = rule.evaluate(new ClassFileImporter().importClasses(planted));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(detail -> assertThat(detail).contains(planted.getName()));

        var real = new ClassFileImporter().withImportOption(new DoNotIncludeTests())
                .withImportOption(new DoNotIncludeTestJars()).importPackages(realPackage);
        assertThat(real).isNotEmpty();
        assertThat(rule.evaluate(real).hasViolation()).isFalse();
    }
}
