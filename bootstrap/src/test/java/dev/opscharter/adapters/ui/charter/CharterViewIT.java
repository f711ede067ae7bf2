package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charter matrix as every signed-in role reads it, from the charter in force in the shared
 * database (seeded from SPEC §1; nothing here changes it — the edits are in {@link CharterRevisionViewIT}).
 */
@OpsCharterSpringTest
@WithUserDetails("auditor")
class CharterViewIT extends ViewTest {

    @Autowired
    CharterQueries charter;

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void the_matrix_shows_the_four_dimensions_with_operations_first_and_who_owns_what_it_does_not() {
        var inForce = charter.inForce();
        var view = navigate(CharterView.class);

        assertThat(view.getPageTitle()).isEqualTo("职责框架");
        assertThat($(H3.class).id("charter-version-title").getText()).isEqualTo("第 " + inForce.number() + " 版");
        assertThat($(Span.class).id("charter-state").getText()).isEqualTo("现行");
        assertThat($(Span.class).id("charter-effective").getText())
                .isEqualTo("自 " + Formats.date(inForce.effectiveFrom()) + " 起生效");

        var matrix = matrix();
        assertThat(matrix.getColumns()).extracting(Grid.Column::getHeaderText)
                .startsWith("职责", "运营管理部")
                .contains("信息技术部", "总经办", "内审部", "人力资源部", "财务部", "一线业务单元");
        assertThat(IntStream.range(0, test(matrix).size()).mapToObj(i -> test(matrix).getRow(i))
                .filter(row -> row.line() == null).map(row -> cell(row(row.dimension().code()), "duty")))
                .containsExactly("业务运营统筹", "效率优化管理", "流程与风险管控", "团队与协同管理");
        assertThat(test(matrix).size()).isEqualTo(4 + inForce.lines().size());

        int systemDevelopment = row("SYSTEM_DEVELOPMENT");
        assertThat(cell(systemDevelopment, "duty")).isEqualTo("系统开发建设（由IT部门负责）");
        assertThat(cell(systemDevelopment, "OPERATIONS")).isEqualTo("不含");
        assertThat(cell(systemDevelopment, "IT")).isEqualTo("归口负责");
        assertThat(cell(systemDevelopment, "EXECUTIVE")).isEmpty();
        assertThat(matrix.getColumnByKey("duty").getTooltipGenerator().apply(test(matrix).getRow(systemDevelopment)))
                .as("the other language and the code as a tooltip")
                .isEqualTo("System development (by IT) · SYSTEM_DEVELOPMENT");

        assertThat(cell(row("MAJOR_RISK_HANDLING"), "OPERATIONS")).isEqualTo("不含");
        assertThat(cell(row("MAJOR_RISK_HANDLING"), "EXECUTIVE")).isEqualTo("归口负责需管理层审批");
        assertThat(cell(row("BUDGET_APPROVAL"), "FINANCE")).isEqualTo("归口负责需归口部门负责人审批");
        assertThat(cell(row("STRATEGIC_PLANNING"), "OPERATIONS")).isEqualTo("参与");
        assertThat(cell(row("STRATEGIC_PLANNING"), "EXECUTIVE")).isEqualTo("牵头");
        assertThat(cell(row("PROCESS_COMPLIANCE_CHECK"), "OPERATIONS")).isEqualTo("自有");
        assertThat(cell(row("COMPLIANCE_AUDIT"), "INTERNAL_AUDIT")).isEqualTo("归口负责");
    }

    @Test
    void only_the_manager_and_the_director_get_the_button_to_edit_the_charter() {
        navigate(CharterView.class);
        assertThat($(Button.class).withId("charter-edit").exists()).as("auditor").isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_may_edit_the_latest_version() {
        var latest = charter.versions().getLast();
        navigate(CharterView.class);
        assertThat(button("charter-edit").isVisible()).isTrue();
        assertThat(button("charter-edit").isEnabled())
                .isEqualTo(latest.number() == charter.inForce().number());
    }

    @Test
    @WithUserDetails("admin")
    void in_english_the_duties_read_in_english_with_the_chinese_as_tooltip() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CharterView.class);

        assertThat(matrix().getColumns().get(1).getHeaderText()).isEqualTo("Operations Management");
        int recruiting = row("RECRUITING");
        assertThat(cell(recruiting, "duty")).isEqualTo("Recruiting and onboarding (by HR)");
        assertThat(cell(recruiting, "OPERATIONS")).isEqualTo("Excluded");
        assertThat(cell(recruiting, "HR")).isEqualTo("Owner");
        assertThat(matrix().getColumnByKey("duty").getTooltipGenerator().apply(test(matrix()).getRow(recruiting)))
                .isEqualTo("人员招聘入职（由人力资源部负责） · RECRUITING");
        assertThat($(Button.class).withId("charter-edit").exists()).isFalse();
    }

    /** The row of a line by its duty type, or of a dimension by its code. */
    private int row(String code) {
        var tester = test(matrix());
        return IntStream.range(0, tester.size()).filter(i -> {
            var row = tester.getRow(i);
            return row.line() == null ? row.dimension().code().equals(code) : row.line().dutyType().code().equals(code);
        }).findFirst().orElseThrow();
    }

    private String cell(int row, String columnKey) {
        return test(matrix()).getCellText(row, test(matrix()).getColumnPosition(columnKey));
    }

    @SuppressWarnings("unchecked")
    private Grid<CharterView.MatrixRow> matrix() {
        return $(Grid.class).id("charter-matrix");
    }
}
