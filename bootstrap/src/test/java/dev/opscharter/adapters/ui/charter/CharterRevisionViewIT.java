package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The manager edits the charter into new versions. The tests share the database with the other
 * view tests, so they change nothing those rely on: only the wording of "introducing operations
 * tools" and a line scheduled for next month. Each test starts from the latest version.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CharterRevisionViewIT extends ViewTest {

    @Autowired
    CharterQueries charter;
    @Autowired
    ManageWorkItems manage;
    @Autowired
    ManageSettings settings;

    private LocalDate today;

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        today = LocalDate.now(settings.current().timeZone());
    }

    @Test
    void the_manager_revises_a_line_into_a_new_version_and_the_old_version_stays_readable() {
        var base = openLatest();
        click("charter-edit");
        var dialog = $(Dialog.class).id("charter-edit-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("新版职责框架（基于第 " + base.number() + " 版）");
        assertThat(datePicker("charter-effective-from").getValue()).isEqualTo(today);
        assertThat(textField("charter-line-operations-tools-duty-type").isReadOnly()).isTrue();
        test(textField("charter-line-operations-tools-text-zh")).setValue("引入运营工具（含工具选型与培训）");
        test(textField("charter-line-operations-tools-text-en"))
                .setValue("Introducing operations tools (selection and training)");
        test($(TextArea.class).id("charter-note")).setValue("明确工具引入包含选型与培训");
        click("charter-edit-save");

        int revised = base.number() + 1;
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("职责框架第 " + revised + " 版已保存");
        assertThat($(H3.class).id("charter-version-title").getText()).isEqualTo("第 " + revised + " 版");
        assertThat($(Span.class).id("charter-state").getText()).isEqualTo("现行");
        assertThat($(Span.class).id("charter-note-text").getText()).isEqualTo("修订说明：明确工具引入包含选型与培训");
        assertThat(dutyCell("OPERATIONS_TOOLS")).isEqualTo("引入运营工具（含工具选型与培训）");

        var saved = charter.version(revised);
        assertThat(saved.effectiveFrom()).isEqualTo(today);
        assertThat(saved.line(new DutyType("OPERATIONS_TOOLS"))).hasValueSatisfying(line -> {
            assertThat(line.textEn()).isEqualTo("Introducing operations tools (selection and training)");
            assertThat(line.involvement()).isEqualTo(Involvement.OWN);
        });
        assertThat(saved.lines()).hasSameSizeAs(base.lines());
        assertThat(charter.inForce().number()).isEqualTo(revised);

        choose(base.number());
        assertThat($(H3.class).id("charter-version-title").getText()).isEqualTo("第 " + base.number() + " 版");
        assertThat($(Span.class).id("charter-state").getText()).isEqualTo("已被取代");
        assertThat(dutyCell("OPERATIONS_TOOLS")).isEqualTo(base.line(new DutyType("OPERATIONS_TOOLS"))
                .orElseThrow().textZh());
        assertThat(button("charter-edit").isEnabled()).as("only the latest version is edited").isFalse();
    }

    @Test
    void refusals_land_on_the_fields_and_nothing_is_saved() {
        var base = openLatest();
        int versions = charter.versions().size();
        click("charter-edit");

        test(textField("charter-line-process-optimization-text-zh")).setValue("");
        click("charter-edit-save");
        assertThat(textField("charter-line-process-optimization-text-zh").isInvalid()).isTrue();
        assertThat(textField("charter-line-process-optimization-text-zh").getErrorMessage()).isEqualTo("必填");

        test(textField("charter-line-process-optimization-text-zh")).setValue("推动流程优化");
        test(datePicker("charter-effective-from")).setValue(today.minusDays(1));
        click("charter-edit-save");
        assertThat(textField("charter-line-process-optimization-text-zh").isInvalid()).isFalse();
        assertThat(datePicker("charter-effective-from").getErrorMessage()).isEqualTo("新版职责框架只能从今天或以后生效");

        test(datePicker("charter-effective-from")).setValue(today);
        click("charter-edit-save");
        assertThat($(TextArea.class).id("charter-note").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("charter-note").getErrorMessage()).isEqualTo("必填");

        click("charter-add-line-efficiency-optimization");
        test(textField("charter-line-new-1-duty-type")).setValue("SYSTEM_DEVELOPMENT");
        test(textField("charter-line-new-1-text-zh")).setValue("重复的职责");
        test(textField("charter-line-new-1-text-en")).setValue("A duplicate duty");
        test($(TextArea.class).id("charter-note")).setValue("试图重复");
        click("charter-edit-save");
        assertThat(notifications()).contains("职责类型 SYSTEM_DEVELOPMENT 重复");
        assertThat(textField("charter-line-new-1-duty-type").getErrorMessage()).isEqualTo("职责类型 SYSTEM_DEVELOPMENT 重复");

        assertThat($(Dialog.class).id("charter-edit-dialog").isOpened()).isTrue();
        assertThat(charter.versions()).hasSize(versions);
        assertThat(charter.versions().getLast()).isEqualTo(base);
    }

    @Test
    void a_new_line_for_next_month_is_kept_as_a_scheduled_version_and_routes_nothing_before_then() {
        var base = openLatest();
        int inForce = charter.inForce().number();
        click("charter-edit");

        click("charter-add-line-efficiency-optimization");
        test(textField("charter-line-new-1-duty-type")).setValue("vendor review");
        test(textField("charter-line-new-1-text-zh")).setValue("运营系统供应商评估（由IT部门负责，财务审核）");
        test(textField("charter-line-new-1-text-en")).setValue("Operations system vendor review (by IT)");
        test(select("charter-line-new-1-involvement")).selectItem("不含");
        test(departmentOf("charter-line-new-1-department")).selectItem("信息技术部");
        test(select("charter-line-new-1-sign-off")).selectItem("需归口部门负责人审批");
        test(datePicker("charter-effective-from")).setValue(today.plusMonths(1));
        test($(TextArea.class).id("charter-note")).setValue("新增供应商评估职责");
        click("charter-edit-save");
        assertThat(textField("charter-line-new-1-duty-type").getErrorMessage())
                .isEqualTo("大写字母、数字和下划线，2 至 48 个字符，以字母开头");

        test(textField("charter-line-new-1-duty-type")).setValue("VENDOR_REVIEW");
        click("charter-edit-save");

        int scheduled = base.number() + 1;
        assertThat(notifications()).contains("职责框架第 " + scheduled + " 版已保存");
        assertThat($(H3.class).id("charter-version-title").getText()).isEqualTo("第 " + scheduled + " 版");
        assertThat($(Span.class).id("charter-state").getText()).isEqualTo("待生效");
        assertThat(select("charter-version").getItemLabelGenerator().apply(charter.version(scheduled)))
                .endsWith("待生效");
        var matrix = matrix();
        int row = IntStream.range(0, test(matrix).size()).filter(i -> test(matrix).getRow(i).line() != null
                && test(matrix).getRow(i).line().dutyType().code().equals("VENDOR_REVIEW")).findFirst().orElseThrow();
        assertThat(test(matrix).getCellText(row, test(matrix).getColumnPosition("IT")))
                .isEqualTo("归口负责需归口部门负责人审批");

        var line = charter.version(scheduled).line(new DutyType("VENDOR_REVIEW")).orElseThrow();
        assertThat(line.signOff()).contains(SignOffAuthority.OWNER_DEPARTMENT_LEAD);
        assertThat(charter.inForce().number()).as("still the version in force").isEqualTo(inForce);
        assertThatThrownBy(() -> manage.preview("VENDOR_REVIEW")).isInstanceOf(InvalidValue.class);
    }

    /** Opens the charter view on the latest version (a scheduled one is not shown by default). */
    private Charter openLatest() {
        var latest = charter.versions().getLast();
        navigate(CharterView.class);
        choose(latest.number());
        return latest;
    }

    private void choose(int number) {
        var versions = select("charter-version");
        var label = test(versions).getSuggestions().stream().filter(s -> s.startsWith("第 " + number + " 版"))
                .findFirst().orElseThrow();
        test(versions).selectItem(label);
    }

    private String dutyCell(String dutyType) {
        var matrix = matrix();
        int row = IntStream.range(0, test(matrix).size()).filter(i -> test(matrix).getRow(i).line() != null
                && test(matrix).getRow(i).line().dutyType().code().equals(dutyType)).findFirst().orElseThrow();
        return test(matrix).getCellText(row, test(matrix).getColumnPosition("duty"));
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<?> departmentOf(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Grid<CharterView.MatrixRow> matrix() {
        return $(Grid.class).id("charter-matrix");
    }
}
