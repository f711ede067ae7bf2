package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelStep;
import dev.opscharter.domain.costs.CostsPermission;

/**
 * The channels by code, paged in the database, stopped ones too while asked. Managers and directors add a
 * channel, rename the selected one in both languages, and stop or restart it: a stopped channel is no longer
 * offered when a cost or revenue is entered, and what it recorded stays. Ids: the list {@code channels},
 * the steps {@code channels-edit}, {@code -deactivate}, {@code -reactivate}, the filter
 * {@code channels-include-inactive}.
 */
final class ChannelList extends Composite<VerticalLayout> {

    private final RecordList<Channel, Boolean> list;

    /** @param changed runs after a channel changed, for the names and choosers of the other tabs */
    ChannelList(CostQueries queries, ManageCosts manage, MyPermissions permissions, CostsTexts texts,
                Runnable changed) {
        var stopped = new Checkbox(getTranslation("costs.channel.include-inactive"), true);
        stopped.setId("channels-include-inactive");
        list = new RecordList<>("channels", RecordSource.of(queries::channels, queries::countChannels),
                Channel::id, stopped::getValue);
        list.filters(stopped);
        list.column("costs.channel.code", Channel::code, "code").setAutoWidth(true);
        list.column("costs.channel.name-zh", c -> c.name().chinese(), null).setFlexGrow(2);
        list.column("costs.channel.name-en", c -> c.name().english(), null).setFlexGrow(2);
        list.badgeColumn("costs.channel.state", c -> c.active()
                ? new StatusBadge(getTranslation("costs.channel.active"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("costs.channel.inactive"), StatusBadge.Tone.NEUTRAL));
        list.emptyState("costs.channel.empty", null);
        if (permissions.may(CostsPermission.MANAGE)) {
            var add = list.action("costs.channel.new", "costs-channel-new", () -> ChannelDialog.open(manage, texts));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            list.steps(new StepActions<Channel, ChannelStep>()
                    .on(ChannelStep.EDIT, "costs.channel.edit", "channels-edit",
                            then((owner, channel, done) -> ChannelDialog.rename(manage, texts, channel, done), changed))
                    .on(ChannelStep.DEACTIVATE, "costs.channel.deactivate", "channels-deactivate",
                            ButtonVariant.ERROR, then(StepForm.now("costs.channel.deactivated",
                                    channel -> manage.deactivateChannel(channel.id(), channel.version())), changed))
                    .on(ChannelStep.REACTIVATE, "costs.channel.reactivate", "channels-reactivate",
                            then(StepForm.now("costs.channel.reactivated",
                                    channel -> manage.reactivateChannel(channel.id(), channel.version())), changed)),
                    channel -> queries.channel(channel.id()));
        }
        getContent().setSizeFull();
        getContent().setPadding(false);
        getContent().add(list);
    }

    void refresh() {
        list.refresh(null);
    }

    private static StepForm<Channel> then(StepForm<Channel> step, Runnable changed) {
        return (owner, channel, done) -> step.take(owner, channel, () -> {
            done.run();
            changed.run();
        });
    }
}
