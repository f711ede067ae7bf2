package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.PeriodFigure;
import dev.opscharter.domain.targets.Projection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The targets of a period through the real use cases on PostgreSQL, in English: a seeded target shows its
 * actual, attainment and the pace of the running quarter, opens its trend and history and is revised with
 * a reason; a specialist sees no manager's button, and the service refuses them the manager's work anyway.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class TargetsViewIT extends ViewTest {

    @Autowired
    ManageTargets manage;
    @Autowired
    RecordActuals record;
    @Autowired
    TargetQueries queries;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @SuppressWarnings("unchecked")
    private Grid<TargetStanding> grid() {
        return $(Grid.class).id("targets-grid");
    }

    private boolean shown(String id) {
        return $(Button.class).withId(id).exists();
    }

    /** A new view: the router keeps the shown one when navigating to it again. */
    private void open(String location) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(location);
    }

    /** The targets of a period, as the scorecard links to them. */
    private void open(Period period) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("targets", QueryParameters.of("period", period.key()));
    }

    @SuppressWarnings("unchecked")
    private void onlyUnit(SeededTarget seeded) {
        test((ComboBox<Object>) $(ComboBox.class).id("targets-unit-filter")).selectItem(seeded.unitLabel());
    }

    @Test
    void the_grid_shows_a_seeded_targets_attainment_and_the_pace_of_the_running_quarter() {
        var quarter = Period.quarterOf(today());
        var through = today().minusDays(1);
        // the quarter's first day has no complete day before it: nothing to show a pace of yet
        assumeThat(through).isAfterOrEqualTo(quarter.firstDay());
        var signedIn = new SignedIn(users);
        var seeded = SeededTarget.create(signedIn, manage);
        seeded.target(signedIn, manage, quarter, "1000");
        var days = new LinkedHashSet<>(List.of(quarter.firstDay(), through));
        seeded.actuals(signedIn, record, List.copyOf(days), "75");

        open(quarter);
        onlyUnit(seeded);

        assertThat(test(grid()).size()).isEqualTo(1);
        var actual = new BigDecimal(75 * days.size());
        var metric = queries.metrics().stream().filter(m -> m.id().equals(seeded.metric())).findFirst().orElseThrow();
        var projection = Projection.of(metric, new PeriodFigure(Optional.of(actual), days.size()), quarter, through)
                .orElseThrow();
        var projected = new Attainment(projection, new BigDecimal("1000"), MetricDirection.HIGHER_IS_BETTER);
        var pace = projected.percent().orElseThrow();
        assertThat(rowTexts(grid(), 0).subList(0, 6)).containsExactly(seeded.unitLabel(), seeded.metricName(),
                "¥1,000.00", String.format(Locale.ENGLISH, "¥%,.2f", actual),
                String.format(Locale.ENGLISH, "%.1f%%", actual.doubleValue() / 10),
                String.format(Locale.ENGLISH, "%.1f%%", pace));
        var attainment = (Span) test(grid()).getCellComponent(0, "attainment");
        assertThat(attainment.getClassNames()).as("coloured by the pace").contains(projected.attained() ? "success"
                : "error");
        assertThat(attainment.getElement().getAttribute("title"))
                .isEqualTo(String.format(Locale.ENGLISH, "At this pace: %.1f%% of target", pace));
        assertThat(test(grid()).getCellComponent(0, "marks").getElement().getTextRecursively())
                .contains("Key indicator", "Core");
    }

    @Test
    void a_running_quarter_is_coloured_by_its_pace_an_ended_one_by_its_attainment() {
        var quarter = Period.quarterOf(today());
        var through = today().minusDays(1);
        assumeThat(through).isAfterOrEqualTo(quarter.firstDay());
        var before = quarter.previous();
        var signedIn = new SignedIn(users);
        var seeded = SeededTarget.create(signedIn, manage);
        // 1 000 of 1 010 is 99 % and missed; but at least a day of the quarter is left, so at this pace it ends
        // above 1 000 × 92 ÷ 91 = 1 011
        seeded.target(signedIn, manage, quarter, "1010");
        seeded.target(signedIn, manage, before, "1010");
        seeded.actuals(signedIn, record, List.of(through, before.lastDay()), "1000");

        open(quarter);
        onlyUnit(seeded);
        var running = (Span) test(grid()).getCellComponent(0, "attainment");
        assertThat(running.getText()).isEqualTo("99.0%");
        assertThat(running.getClassNames()).as("on pace: green").contains("success").doesNotContain("error");
        assertThat(running.getElement().getAttribute("title")).startsWith("At this pace: ");

        open(before);
        onlyUnit(seeded);
        var ended = (Span) test(grid()).getCellComponent(0, "attainment");
        assertThat(ended.getText()).isEqualTo("99.0%");
        assertThat(ended.getClassNames()).as("ended and missed: red").contains("error");
        assertThat(ended.getElement().getAttribute("title")).isNull();
    }

    @Test
    void the_grid_finds_a_target_by_the_code_or_name_of_its_unit_or_metric() {
        var quarter = Period.quarterOf(today());
        var signedIn = new SignedIn(users);
        var seeded = SeededTarget.create(signedIn, manage);
        var other = SeededTarget.create(signedIn, manage);
        seeded.target(signedIn, manage, quarter, "1000");
        other.target(signedIn, manage, quarter, "2000");
        open(quarter);

        test($(TextField.class).id("targets-search")).setValue(" " + seeded.metricCode().toLowerCase(Locale.ROOT));
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).subList(0, 3)).containsExactly(seeded.unitLabel(), seeded.metricName(),
                "¥1,000.00");

        test($(TextField.class).id("targets-search")).setValue("East " + other.unitCode());
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).get(2)).isEqualTo("¥2,000.00");

        onlyUnit(seeded);
        assertThat(test(grid()).size()).as("another unit's text and this unit").isZero();
        assertThat($(Span.class).id("targets-empty-message").getText()).startsWith("Nothing matches the filter.");
    }

    @Test
    void a_target_opens_with_its_trend_and_history_and_a_revision_needs_its_reason() {
        var year = new Period.Year(today().getYear());
        var signedIn = new SignedIn(users);
        var seeded = SeededTarget.create(signedIn, manage);
        seeded.target(signedIn, manage, year, "5000");
        seeded.actuals(signedIn, record, List.of(year.firstDay()), "120");
        open(year);
        onlyUnit(seeded);

        test(grid()).select(0);
        click("targets-details");
        assertThat($(Dialog.class).id("target-details").isOpened()).isTrue();
        assertThat($(Svg.class).all()).as("the trend").isNotEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> revisions = $(Grid.class).id("target-revisions");
        assertThat(test(revisions).size()).isEqualTo(1);
        assertThat(rowTexts(revisions, 0).subList(1, 4)).containsExactly("李明", "¥5,000.00", "First value");

        click("target-revise");
        test($(BigDecimalField.class).id("target-value")).setValue(new BigDecimal("6000"));
        click("target-save");
        var reason = $(TextArea.class).id("target-reason");
        assertThat(reason.isInvalid()).as("a revision says why").isTrue();
        test(reason).setValue("New store opened");
        click("target-save");

        assertThat(notifications()).contains("Saved");
        revisions = $(Grid.class).id("target-revisions");
        assertThat(test(revisions).size()).isEqualTo(2);
        assertThat(rowTexts(revisions, 0).subList(1, 4)).containsExactly("李明", "¥6,000.00", "New store opened");
        assertThat(rowTexts(grid(), 0).get(2)).isEqualTo("¥6,000.00");
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_sees_no_managers_button_and_the_service_refuses_the_managers_work() {
        open("targets");
        assertThat(shown("targets-set")).isFalse();
        assertThat(shown("targets-details")).isTrue();
        open("targets/units");
        assertThat(shown("units-new")).isFalse();
        assertThat(shown("units-edit")).isFalse();
        open("targets/metrics");
        assertThat(shown("metrics-new")).isFalse();

        var code = SeededTarget.code("REFUSED");
        assertThatThrownBy(() -> manage.createUnit(RequestKey.fresh(), new UnitDraft(code,
                new BilingualName("拒绝", "Refused"), Optional.empty(), true))).isInstanceOf(AccessDenied.class);
        assertThat(queries.units(true, PageRequest.first(PageRequest.MAX_LIMIT))).noneMatch(u -> u.code().equals(code));
    }
}
