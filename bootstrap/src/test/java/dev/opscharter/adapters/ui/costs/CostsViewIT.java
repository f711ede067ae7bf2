package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagStep;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The costs screen through the real use cases on PostgreSQL, in English: the manager records a cost
 * through its dialog, and decides on a channel month below break-even from the ROI tab; a specialist
 * sees the month waiting without the button, an auditor reads without recording.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CostsViewIT extends ViewTest {

    @Autowired
    ManageCosts manage;
    @Autowired
    CostQueries queries;
    @Autowired
    RoiDecisions decisions;
    @Autowired
    UserDetailsService users;

    private final String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    private final YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).withMonth(1);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("costs");
        assertThat(getCurrentView()).isInstanceOf(CostsView.class);
    }

    /** Tabs: 0 costs, 1 revenue, 2 ROI, 3 budget, 4 channels. */
    private void tab(int index) {
        $(TabSheet.class).id("costs-tabs").setSelectedIndex(index);
    }

    private ChannelId channel() {
        return manage.createChannel(RequestKey.fresh(), code, new BilingualName("测试渠道", "Test channel " + code));
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    @Test
    void the_manager_records_a_cost_in_its_dialog_and_finds_it_in_the_list() {
        var channel = channel();
        open();

        click("costs-new");
        $(ComboBox.class).id("cost-month").setValue(month);
        $(ComboBox.class).id("cost-type").setValue(CostType.PROMOTION);
        $(ComboBox.class).id("cost-channel").setValue(queries.channel(channel).record());
        $(BigDecimalField.class).id("cost-amount").setValue(new BigDecimal("12345.6"));
        test(textField("cost-note")).setValue("invoice " + code);
        click("cost-save");

        assertThat(notifications()).contains("Cost saved");
        var stored = queries.costs(new CostFilter(Optional.empty(), Optional.of(channel), Optional.empty(), Optional.empty()),
                PageRequest.first(5));
        assertThat(stored).singleElement().satisfies(cost -> assertThat(cost.amount()).isEqualByComparingTo("12345.60"));
        $(ComboBox.class).id("costs-channel-filter").setValue(queries.channel(channel).record());
        var costs = this.<Object>grid("costs-grid");
        assertThat(test(costs).size()).isEqualTo(1);
        assertThat(rowTexts(costs, 0)).contains("Promotion", "¥12,345.60", "invoice " + code);
    }

    @Test
    void the_manager_adds_a_channel_and_a_code_taken_is_refused_at_its_field() {
        open();
        tab(4);

        click("costs-channel-new");
        test(textField("channel-code")).setValue(code.toLowerCase(Locale.ROOT));
        test(textField("channel-name-zh")).setValue("直播间 " + code);
        test(textField("channel-name-en")).setValue("Live room " + code);
        click("channel-save");

        assertThat(notifications()).contains("Channel added");
        assertThat(queries.allChannels()).anySatisfy(c -> assertThat(c.code()).isEqualTo(code));

        tab(4);
        click("costs-channel-new");
        test(textField("channel-code")).setValue(code);
        test(textField("channel-name-zh")).setValue("重复");
        test(textField("channel-name-en")).setValue("Again");
        click("channel-save");
        assertThat(queries.allChannels()).filteredOn(c -> c.code().equals(code)).hasSize(1);
        assertThat($(Dialog.class).id("channel-dialog").isOpened()).isTrue();
    }

    @Test
    void the_manager_renames_and_stops_a_channel_which_keeps_its_costs_and_is_no_longer_offered() {
        var channel = channel();
        manage.recordCost(RequestKey.fresh(), new CostDraft(month, CostType.PROMOTION, Optional.of(channel),
                new BigDecimal("70"), "before it stopped"));
        open();
        tab(4);
        var channels = this.<Channel>grid("channels-grid");
        test(channels).select(channelRow(channels, channel));

        click("channels-edit");
        test(textField("channel-name-zh")).setValue("直播间");
        test(textField("channel-name-en")).setValue("Live room " + code);
        click("channel-save");
        assertThat(notifications()).contains("Channel renamed");
        assertThat(queries.channel(channel).record().name().english()).isEqualTo("Live room " + code);

        click("channels-deactivate");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Channel stopped"));
        assertThat(queries.channel(channel).record().active()).isFalse();
        assertThat(rowTexts(channels, channelRow(channels, channel))).contains("Live room " + code, "Stopped");
        assertThat(button("channels-reactivate").isEnabled()).isTrue();
        assertThat(button("channels-deactivate").isEnabled()).isFalse();

        tab(0);
        var costs = this.<Object>grid("costs-grid");
        choose("costs-channel-filter", channel);
        assertThat(test(costs).size()).as("its history stays").isEqualTo(1);
        assertThat(rowTexts(costs, 0)).anySatisfy(text -> assertThat(text).contains("Live room " + code));
        click("costs-new");
        @SuppressWarnings("unchecked")
        ComboBox<Channel> offered = $(ComboBox.class).id("cost-channel");
        assertThat(offered.getListDataView().getItems().map(c -> c.id())).doesNotContain(channel);
    }

    @Test
    void a_channel_changed_meanwhile_is_not_overwritten_and_the_manager_is_told_in_their_language() {
        var channel = channel();
        open();
        tab(4);
        var channels = this.<Channel>grid("channels-grid");
        test(channels).select(channelRow(channels, channel));
        click("channels-edit");
        manage.renameChannel(channel, new BilingualName("别人改的", "Changed meanwhile"), 1);
        test(textField("channel-name-en")).setValue("Mine " + code);
        click("channel-save");

        assertThat(notifications()).contains(UI.getCurrent().getTranslation("error.concurrent-modification"));
        assertThat(queries.channel(channel).record().name().english()).isEqualTo("Changed meanwhile");
    }

    @Test
    void the_lists_show_the_year_chosen_only() {
        var channel = channel();
        manage.recordCost(RequestKey.fresh(), new CostDraft(month, CostType.PROMOTION, Optional.of(channel),
                new BigDecimal("1"), "this year"));
        manage.recordCost(RequestKey.fresh(), new CostDraft(month.minusYears(1), CostType.PROMOTION,
                Optional.of(channel), new BigDecimal("2"), "last year"));
        manage.recordRevenue(RequestKey.fresh(), channel, month.minusYears(1), new BigDecimal("3"));
        var other = manage.createChannel(RequestKey.fresh(), code + "B", new BilingualName("另一渠道", "Other " + code));
        manage.recordRevenue(RequestKey.fresh(), other, month, new BigDecimal("4"));
        open();
        var costs = this.<Object>grid("costs-grid");
        assertThat(test(costs).size()).as("the list shows the year's costs as it opens, no filter touched")
                .isPositive();
        tab(1);
        assertThat(test(this.<Object>grid("revenue-grid")).size()).as("and the revenue tab too").isPositive();
        tab(0);
        choose("costs-channel-filter", channel);
        assertThat(test(costs).size()).isEqualTo(1);
        assertThat(rowTexts(costs, 0)).contains("this year");

        $(ComboBox.class).id("costs-year").setValue(month.getYear() - 1);
        assertThat(test(costs).size()).isEqualTo(1);
        assertThat(rowTexts(costs, 0)).contains("last year");
        tab(1);
        choose("revenue-channel-filter", channel);
        assertThat(test(this.<Object>grid("revenue-grid")).size()).isEqualTo(1);
        $(ComboBox.class).id("costs-year").setValue(month.getYear());
        assertThat(test(this.<Object>grid("revenue-grid")).size()).isZero();
    }

    @Test
    void a_month_below_break_even_waits_for_the_manager_s_decision_and_the_decision_finishes_it() {
        var channel = channel();
        manage.recordCost(RequestKey.fresh(), new CostDraft(month, CostType.PROMOTION, Optional.of(channel),
                new BigDecimal("1000"), ""));
        manage.recordRevenue(RequestKey.fresh(), channel, month, new BigDecimal("999.99"));
        open();
        tab(2);

        var flags = this.<WithSteps<RoiFlag, RoiFlagStep>>grid("roi-flags");
        int row = rowOf(flags, channel);
        assertThat(rowTexts(flags, row)).contains("1.00");
        var decide = $(Button.class).id("roi-decide-" + channel + "-" + month);
        test(decide).click();
        $(RadioButtonGroup.class).id("roi-decision-kind").setValue(RoiDecision.Kind.STOP);
        test($(TextArea.class).id("roi-decision-reason")).setValue("returns less than it costs");
        click("roi-decision-save");

        assertThat(notifications()).contains("Decision recorded; its work item is done");
        var decided = decisions.flagged(month.getYear()).stream()
                .filter(f -> f.record().channel().equals(channel)).findFirst().orElseThrow();
        assertThat(decided.record().decision()).hasValueSatisfying(d -> assertThat(d.by()).isEqualTo("manager"));
        var shown = this.<WithSteps<RoiFlag, RoiFlagStep>>grid("roi-flags");
        assertThat(rowTexts(shown, rowOf(shown, channel))).anySatisfy(text -> assertThat(text).contains("Stop")
                .contains("by 李明: returns less than it costs").doesNotContain("manager"));
    }

    @Test
    void a_specialist_sees_the_decision_needed_without_the_button_and_an_auditor_records_nothing() {
        var channel = channel();
        manage.recordCost(RequestKey.fresh(), new CostDraft(month, CostType.PROMOTION, Optional.of(channel),
                new BigDecimal("1000"), ""));
        manage.recordRevenue(RequestKey.fresh(), channel, month, new BigDecimal("10"));
        var signedIn = new SignedIn(users);

        signedIn.switchTo("specialist");
        open();
        assertThat(button("costs-new").isVisible()).isTrue();
        tab(2);
        var flags = this.<WithSteps<RoiFlag, RoiFlagStep>>grid("roi-flags");
        assertThat(rowTexts(flags, rowOf(flags, channel))).contains("Decision needed");
        assertThat($(Button.class).withId("roi-decide-" + channel + "-" + month).exists()).isFalse();
        tab(3);
        assertThat($(Button.class).withId("budget-request").exists()).isFalse();
        assertThat(test(this.<Object>grid("budget-lines")).size()).isEqualTo(CostType.values().length);

        signedIn.switchTo("auditor");
        open();
        assertThat($(Button.class).withId("costs-new").exists()).isFalse();
        assertThat($(Button.class).withId("costs-import").exists()).isFalse();
    }

    /** Chooses the channel among those the chooser offers (as they were when the page opened). */
    private void choose(String chooser, ChannelId channel) {
        @SuppressWarnings("unchecked")
        ComboBox<Channel> box = $(ComboBox.class).id(chooser);
        box.setValue(box.getListDataView().getItems().filter(c -> c.id().equals(channel)).findFirst().orElseThrow());
    }

    private int channelRow(Grid<Channel> grid, ChannelId channel) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).id().equals(channel)).findFirst()
                .orElseThrow();
    }

    private static int rowOf(Grid<WithSteps<RoiFlag, RoiFlagStep>> grid, ChannelId channel) {
        var items = grid.getListDataView().getItems().toList();
        return IntStream.range(0, items.size()).filter(i -> items.get(i).record().channel().equals(channel))
                .findFirst().orElseThrow();
    }
}
