package dev.opscharter.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
    /** The files people take away or bring (PDF, workbooks, CSV), behind out-ports. */
    static final String DOCUMENTS = "dev.opscharter.adapters.documents..";
    /** The inbox entries and mails, behind the {@code Notifications} out-port. */
    static final String NOTIFICATIONS = "dev.opscharter.adapters.notifications..";
    /** The bundles of user-facing text, shared by the screens, the documents and the notifications. */
    static final String MESSAGES = "dev.opscharter.adapters.messages..";
    static final String IN_PORTS = "dev.opscharter.application..port.in..";
    static final String OUT_PORTS = "dev.opscharter.application..port.out..";
    /** JSpecify nullness annotations are a standard, not a framework. */
    static final String NULLNESS = "org.jspecify.annotations..";
    /** The JDK's HMAC: a survey's submission guard is one (GuardKey, SubmissionGuard). */
    static final String JDK_CRYPTO = "javax.crypto..";

    @ArchTest
    static final ArchRule domain_depends_on_java_and_itself_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", JDK_CRYPTO, DOMAIN, NULLNESS);

    @ArchTest
    static final ArchRule domain_uses_no_jdbc_and_no_desktop_apis = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax..", "java.awt..", "java.net.http..")
                    .and(not(resideInAPackage(JDK_CRYPTO))));

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

    /** Views call use cases; what sits behind an out-port (files, mail) is another adapter's. */
    @ArchTest
    static final ArchRule ui_calls_inbound_ports_not_outbound_ones = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORTS);

    /**
     * Adapters never reach each other: a screen asks a use case for a document or a notice, never the
     * adapter that writes it. {@code adapters.messages} is the one package they share.
     */
    @ArchTest
    static final ArchRule ui_does_not_reach_documents_or_notifications = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(DOCUMENTS, NOTIFICATIONS);

    /** Documents, notifications and their texts show no screen: no Vaadin type, not even its i18n. */
    @ArchTest
    static final ArchRule documents_notifications_and_messages_use_no_vaadin = noClasses()
            .that().resideInAnyPackage(DOCUMENTS, NOTIFICATIONS, MESSAGES)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .allowEmptyShould(true);

    /**
     * They sit behind out-ports (or serve those that do): they call no use case and take no in-port's
     * type, so the application's side stays the only caller.
     */
    @ArchTest
    static final ArchRule documents_notifications_and_messages_call_no_use_case = noClasses()
            .that().resideInAnyPackage(DOCUMENTS, NOTIFICATIONS, MESSAGES)
            .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, "dev.opscharter.application..service..")
            .allowEmptyShould(true);

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
