package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.shared.BilingualName;

import java.util.Locale;

/**
 * A channel's code and names in both languages, for managers and directors: a new channel (the page is
 * read again once it is added, so every chooser and chart knows it), or new names for one, saved at the
 * version shown (someone else's change meanwhile is said, not overwritten).
 */
final class ChannelDialog {

    private ChannelDialog() {
    }

    static void open(ManageCosts manage, CostsTexts texts) {
        var request = RequestKey.fresh();
        var form = new FormLayout();
        var code = new TextField(texts.t("costs.channel.code"));
        code.setId("channel-code");
        code.setHelperText(texts.t("costs.channel.code.help"));
        var names = new Names(texts);
        form.add(code, names.zh, names.en);
        var errors = names.bind(new FormErrors(form).bind("code", code));
        var ui = UI.getCurrent();
        new FormDialog(texts.t("costs.channel.new"), texts.t("action.save"), "channel", form,
                () -> Attempt.run(form, errors, "costs.channel.saved", () -> manage.createChannel(request,
                        code.getValue().strip().toUpperCase(Locale.ROOT), names.value())) && reload(ui))
                .open();
    }

    /** @param done runs whether or not the names were saved (the list reads the channel again) */
    static void rename(ManageCosts manage, CostsTexts texts, Channel channel, Runnable done) {
        var form = new FormLayout();
        var names = new Names(texts);
        names.zh.setValue(channel.name().chinese());
        names.en.setValue(channel.name().english());
        form.add(names.zh, names.en);
        var errors = names.bind(new FormErrors(form));
        new FormDialog(texts.t("costs.channel.edit.title", channel.code()), texts.t("action.save"), "channel", form,
                () -> Attempt.run(form, errors, "costs.channel.renamed",
                        () -> manage.renameChannel(channel.id(), names.value(), channel.version()), done)).open();
    }

    private static final class Names {
        final TextField zh;
        final TextField en;

        Names(CostsTexts texts) {
            zh = new TextField(texts.t("costs.channel.name-zh"));
            zh.setId("channel-name-zh");
            en = new TextField(texts.t("costs.channel.name-en"));
            en.setId("channel-name-en");
        }

        FormErrors bind(FormErrors errors) {
            return errors.bind("nameZh", zh).bind("nameEn", en);
        }

        BilingualName value() {
            return new BilingualName(zh.getValue(), en.getValue());
        }
    }

    private static boolean reload(UI ui) {
        ui.getPage().reload();
        return true;
    }
}
