package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dev.opscharter.domain.shared.Language;

import java.util.function.Consumer;

/** A one-click switch to the other language: "English" when in Chinese, "中文" when in English. */
class LanguageSwitch extends Composite<Button> {

    LanguageSwitch(Consumer<Language> remember) {
        var button = getContent();
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addAttachListener(e -> button.setText(getTranslation("language.switch-to")));
        button.addClickListener(e -> {
            var ui = UI.getCurrent();
            var target = Language.of(ui.getLocale()) == Language.ZH_CN ? Language.EN : Language.ZH_CN;
            remember.accept(target);
            ui.getSession().setLocale(target.locale());
            ui.getPage().reload();
        });
    }
}
