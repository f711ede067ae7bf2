package dev.opscharter.adapters.ui.targets.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.ReviewDeviation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly review through the real use cases on PostgreSQL, in Chinese: a unit's month below its share of
 * the quarter's target is a deviation; the manager opens the review, records the cause and adds a measure that
 * the charter routes to IT; closing waits until every deviation of the month is settled.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class MonthlyReviewViewIT extends ViewTest {

    @Autowired
    ManageTargets manage;
    @Autowired
    RecordActuals actuals;
    @Autowired
    RunMonthlyReviews reviews;
    @Autowired
    WorkItemQueries workItems;
    @Autowired
    DepartmentQueries departments;

    /** A month of its own: no other test reviews it (the view offers the last 24). */
    private final YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(19);
    private final String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    private BusinessUnitId unit;
    private MetricId revenue;

    @BeforeEach
    void a_unit_whose_month_fell_short() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        unit = manage.createUnit(RequestKey.fresh(), new UnitDraft(code, new BilingualName("复盘单元 " + code,
                "Review unit " + code), java.util.Optional.empty(), true));
        revenue = manage.createMetric(RequestKey.fresh(), new MetricDraft(code + "_REV",
                new BilingualName("收入 " + code, "Revenue " + code), MetricUnit.MONEY, MetricDirection.HIGHER_IS_BETTER,
                Aggregation.SUM, false, true));
        var quarter = Period.quarterOf(month.atDay(1));
        long days = quarter.endExclusive().toEpochDay() - quarter.firstDay().toEpochDay();
        manage.setTarget(unit, revenue, quarter, BigDecimal.valueOf(100 * days), "", 0);
        var rows = new ArrayList<DailyActual>();
        IntStream.rangeClosed(1, month.lengthOfMonth()).forEach(day ->
                rows.add(new DailyActual(unit, revenue, month.atDay(day), new BigDecimal("80"))));
        actuals.record(rows);
    }

    @SuppressWarnings("unchecked")
    private Grid<ReviewDeviation> grid() {
        return $(Grid.class).id("review-deviations");
    }

    private int ownRow() {
        var grid = grid();
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).unit().equals(unit))
                .findFirst().orElse(-1);
    }

    @Test
    void the_manager_opens_the_review_explains_the_shortfall_and_adds_a_measure_the_charter_routes_to_it() {
        UI.getCurrent().navigate("targets/review", QueryParameters.of("month", month.toString()));

        assertThat(textOf($(Span.class).id("review-status"))).contains("尚未开始");
        int row = ownRow();
        assertThat(row).as("the shortfall, before the review opens").isNotNegative();
        assertThat(rowTexts(grid(), row)).contains("复盘单元 " + code, "收入 " + code, "80.0%");
        click("review-open");
        assertThat(notifications()).anyMatch(text -> text.contains("复盘已开始"));
        assertThat(textOf($(Span.class).id("review-status"))).contains("由 李明 于");

        test(grid()).select(ownRow());
        click("review-explain");
        test($(TextArea.class).id("review-cause")).setValue("华南仓发货延迟导致退单");
        click("review-cause-save");
        assertThat(rowTexts(grid(), ownRow())).contains("华南仓发货延迟导致退单");

        test(grid()).select(ownRow());
        click("review-add-measure");
        assertThat($(Dialog.class).id("review-measure-dialog").isOpened()).isTrue();
        test(textField("work-item-title")).setValue("仓储系统增加发货预警 " + code);
        @SuppressWarnings("unchecked")
        ComboBox<Object> duty = $(ComboBox.class).id("work-item-duty-type");
        test(duty).selectItem("效率优化管理 › 系统开发建设（由IT部门负责）");
        assertThat(textOf($(Span.class).id("work-item-preview-consequence"))).contains("转交信息技术部");
        click("review-measure-save");

        assertThat(notifications()).anyMatch(text -> text.contains("改进措施已登记为工作事项"));
        var deviation = test(grid()).getRow(ownRow());
        assertThat(deviation.measures()).hasSize(1);
        var item = workItems.get(new WorkItemId(deviation.measures().getFirst().workItem()));
        assertThat(item.title()).isEqualTo("仓储系统增加发货预警 " + code);
        assertThat(item.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class, redirect ->
                assertThat(redirect.owner()).isEqualTo(departments.all().stream()
                        .filter(d -> d.code().value().equals("IT")).findFirst().orElseThrow().id()));
        assertThat(item.description()).contains(month.toString()).contains("华南仓发货延迟导致退单");
        assertThat(reviews.ofMonth(month).orElseThrow().record().deviation(unit, revenue).settled()).isTrue();
    }
}
