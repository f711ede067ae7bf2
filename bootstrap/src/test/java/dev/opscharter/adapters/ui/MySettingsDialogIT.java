package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "My settings" from the top bar: any user turns their own mail notifications off and on. */
@OpsCharterSpringTest
@WithUserDetails("it.lead")
class MySettingsDialogIT extends ViewTest {

    @Autowired
    MyAccount myAccount;

    @AfterEach
    void mail_back_on() {
        var account = myAccount.me().account();
        myAccount.changeMailNotifications(true, account.version());
    }

    @Test
    void the_user_turns_their_mail_notifications_off_and_sees_their_address_and_language() {
        var me = myAccount.me();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");

        click("my-settings");

        var mail = $(Checkbox.class).id("my-mail-notifications");
        assertThat(mail.getLabel()).isEqualTo("同时通过邮件接收我的通知");
        assertThat(mail.getValue()).as("on unless turned off").isTrue();
        assertThat($(TextField.class).id("my-email").getValue()).isEqualTo(me.person().email().value());
        assertThat($(TextField.class).id("my-language").getValue())
                .isEqualTo(me.account().language() == Language.ZH_CN ? "简体中文" : "英语");
        test(mail).click();
        click("my-settings-save");

        assertThat(myAccount.me().account().mailNotifications()).isFalse();
        assertThat(notifications()).contains("您的设置已保存。");
        assertThat($(Checkbox.class).all()).as("the dialog closed").noneMatch(c -> "my-mail-notifications"
                .equals(c.getId().orElse("")));

        click("my-settings");
        assertThat($(Checkbox.class).id("my-mail-notifications").getValue()).as("shown as stored").isFalse();
    }
}
