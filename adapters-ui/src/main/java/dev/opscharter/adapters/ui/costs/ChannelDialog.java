package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.shared.BilingualName;

import java.util.Locale;

/**
 * A new channel (code and names in both languages), for managers and directors. The page is read again
 * once it is added, so every chooser and chart knows it.
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
        var nameZh = new TextField(texts.t("costs.channel.name-zh"));
        nameZh.setId("channel-name-zh");
        var nameEn = new TextField(texts.t("costs.channel.name-en"));
        nameEn.setId("channel-name-en");
        form.add(code, nameZh, nameEn);
        var errors = new FormErrors(form).bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn);
        var ui = UI.getCurrent();
        new FormDialog(texts.t("costs.channel.new"), texts.t("action.save"), "channel", form,
                () -> Attempt.run(form, errors, "costs.channel.saved", () -> manage.createChannel(request,
                        code.getValue().strip().toUpperCase(Locale.ROOT), name(nameZh, nameEn))) && reload(ui))
                .open();
    }

    private static BilingualName name(TextField zh, TextField en) {
        return new BilingualName(zh.getValue(), en.getValue());
    }

    private static boolean reload(UI ui) {
        ui.getPage().reload();
        return true;
    }
}
