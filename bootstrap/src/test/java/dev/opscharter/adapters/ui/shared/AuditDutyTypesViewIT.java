package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duty types in the audit trail are named as the charter names them, in the reader's language: a
 * work item's duty type, and a charter revision's lines (one field per duty type) with their routing
 * in the charter screens' words and the department by its name; no code or id is left to decipher.
 */
@OpsCharterSpringTest
@WithUserDetails("auditor")
class AuditDutyTypesViewIT extends ViewTest {

    private static final String DUTY = "PROCESS_OPTIMIZATION";

    @Autowired
    AuditLog auditLog;
    @Autowired
    CharterQueries charter;
    @Autowired
    DepartmentQueries departments;

    @Test
    void a_charter_line_and_a_work_items_duty_type_read_in_chinese() {
        readsInWordsOf(Language.ZH_CN);
    }

    @Test
    void a_charter_line_and_a_work_items_duty_type_read_in_english() {
        readsInWordsOf(Language.EN);
    }

    private void readsInWordsOf(Language language) {
        var locale = language.locale();
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        var it = departments.all().stream().filter(d -> d.code().value().equals("IT")).findFirst().orElseThrow();
        var revision = UUID.randomUUID().toString();
        auditLog.record(new AuditEntry(UUID.randomUUID(), Instant.now(), "manager", "Charter", revision, "v99",
                AuditAction.CREATE, List.of(new FieldChange(DUTY, "OWN 流程优化 / Process optimization",
                "EXCLUDED → " + it.id() + " [MANAGEMENT] 流程优化 / Process optimization"))));
        var item = UUID.randomUUID().toString();
        auditLog.record(new AuditEntry(UUID.randomUUID(), Instant.now(), "manager", "WorkItem", item, "流程优化",
                AuditAction.CREATE, List.of(new FieldChange("dutyType", "", DUTY))));
        var duty = charter.versions().getLast().line(new DutyType(DUTY)).orElseThrow().text(language);
        UI.getCurrent().navigate("admin/audit");

        test(textField("audit-entity-id")).setValue(revision);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(changes()).isEqualTo(t(locale, "audit.change", duty,
                t(locale, "charter.involvement.OWN") + " · 流程优化 / Process optimization",
                t(locale, "charter.involvement.EXCLUDED") + " → " + nameOf(it, language) + " · "
                        + t(locale, "charter.sign-off.MANAGEMENT") + " · 流程优化 / Process optimization"))
                .doesNotContain(DUTY, it.id().toString(), "EXCLUDED", "[MANAGEMENT]");

        test(textField("audit-entity-id")).setValue(item);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(changes()).isEqualTo(t(locale, "audit.change", t(locale, "audit.field.dutyType"),
                AuditTexts.EMPTY_VALUE, duty));
    }

    private String changes() {
        return rowTexts(grid(), 0).get(5);
    }

    private static String nameOf(Department department, Language language) {
        return department.name().in(language);
    }

    private static String t(Locale locale, String key, Object... arguments) {
        return Messages.bundled().text(key, locale, arguments);
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $(Grid.class).id("audit-grid");
    }
}
