package dev.opscharter.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, enforced: a broken rule fails the build. Allow-lists where possible, so
 * a new framework cannot slip into the core unnoticed.
 */
@AnalyzeClasses(packages = "dev.opscharter", importOptions = {DoNotIncludeTests.class, DoNotIncludeTestJars.class})
public class ArchitectureTest {

    static final String DOMAIN = "dev.opscharter.domain..";
    static final String APPLICATION = "dev.opscharter.application..";
    static final String PERSISTENCE = "dev.opscharter.adapters.persistence..";
    static final String UI = "dev.opscharter.adapters.ui..";
    static final String BOOTSTRAP = "dev.opscharter.bootstrap..";
    /** The files the UI adapter writes (PDF, Excel), apart from its screens. */
    static final String UI_EXPORTS = "dev.opscharter.adapters.ui..export..";
    static final String IN_PORTS = "dev.opscharter.application..port.in..";
    static final String OUT_PORTS = "dev.opscharter.application..port.out..";
    /** JSpecify nullness annotations are a standard, not a framework. */
    static final String NULLNESS = "org.jspecify.annotations..";

    @ArchTest
    static final ArchRule domain_depends_on_java_and_itself_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, NULLNESS);

    @ArchTest
    static final ArchRule domain_uses_no_jdbc_and_no_desktop_apis = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax..", "java.awt..", "java.net.http..");

    @ArchTest
    static final ArchRule application_depends_on_domain_and_java_only = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION, NULLNESS);

    @ArchTest
    static final ArchRule application_uses_no_jdbc = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax..");

    @ArchTest
    static final ArchRule persistence_does_not_know_the_ui = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule ui_does_not_know_persistence = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE);

    @ArchTest
    static final ArchRule adapters_use_ports_not_services = noClasses()
            .that().resideInAnyPackage(PERSISTENCE, UI)
            .should().dependOnClassesThat().resideInAPackage("dev.opscharter.application..service..");

    /**
     * Views call use cases. The one exception is a file renderer behind an outbound port (the
     * inspection report's {@code InspectionReportRenderer}): it lives in an {@code export} package of
     * the UI adapter, where the texts and fonts of the exports are, and calls no use case itself.
     */
    @ArchTest
    static final ArchRule ui_calls_inbound_ports_not_outbound_ones = noClasses()
            .that().resideInAPackage(UI).and().resideOutsideOfPackage(UI_EXPORTS)
            .should().dependOnClassesThat().resideInAPackage("dev.opscharter.application..port.out..");

    /**
     * An in-port is what callers of a use case see; what an out-port shares with it (filters, the
     * check model, formats) lives in the context's package or the domain, so adapters behind the
     * out-ports never reach the use cases' side.
     */
    @ArchTest
    static final ArchRule out_ports_do_not_use_in_ports = noClasses()
            .that().resideInAPackage(OUT_PORTS)
            .should().dependOnClassesThat().resideInAPackage(IN_PORTS);

    @ArchTest
    static final ArchRule persistence_does_not_use_in_ports = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(IN_PORTS);

    @ArchTest
    static final ArchRule ui_exports_render_files_and_show_no_screen = noClasses()
            .that().resideInAPackage(UI_EXPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..",
                    "com.vaadin.flow.router..", "com.vaadin.flow.server..");

    @ArchTest
    static final ArchRule vaadin_only_in_the_ui_adapter = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule spring_data_only_in_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.data..");

    @ArchTest
    static final ArchRule jdbc_only_in_the_persistence_adapter_and_wiring = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION, UI)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule every_view_declares_who_may_open_it = classes()
            .that().areAnnotatedWith("com.vaadin.flow.router.Route")
            .should().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
            .orShould().beAnnotatedWith("jakarta.annotation.security.PermitAll")
            .orShould().beAnnotatedWith("com.vaadin.flow.server.auth.AnonymousAllowed");

    @ArchTest
    static final ArchRule contexts_are_free_of_cycles = slices()
            .assignedFrom(new Contexts())
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothing_depends_on_the_bootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);
}
