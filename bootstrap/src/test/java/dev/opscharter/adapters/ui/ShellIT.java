package dev.opscharter.adapters.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame every user meets: sign-in page, language switch, own password. */
@OpsCharterSpringTest
class ShellIT extends SpringBrowserlessTest {

    @Autowired
    MyAccount myAccount;
    @Autowired
    SignIn signIn;
    @Autowired
    PasswordHasher hasher;

    @Test
    @WithAnonymousUser
    void a_failed_sign_in_comes_back_to_the_login_view_with_its_error_shown_in_the_browser_language() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) getCurrentView()).getPageTitle()).startsWith("登录");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    @WithAnonymousUser
    void a_sign_in_that_could_not_be_checked_says_the_service_is_unavailable_not_a_wrong_password() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", UiSecurity.UNAVAILABLE));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("服务暂不可用", "数据库").doesNotContain("登录失败", "用户名和密码");

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(shownTexts($(LoginForm.class).single())).contains("登录失败").doesNotContain("服务暂不可用");
    }

    /** The texts the login form's web component is given (its i18n property). */
    private static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    @WithUserDetails("director")
    void the_language_switch_changes_the_session_language_and_remembers_it_for_the_user() {
        var before = myAccount.me().account().language();
        UI.getCurrent().navigate("");
        var expected = before == Language.ZH_CN ? Language.EN : Language.ZH_CN;

        test($(Button.class).id("language-switch")).click();

        assertThat(Language.of(UI.getCurrent().getSession().getLocale())).isEqualTo(expected);
        assertThat(myAccount.me().account().language()).isEqualTo(expected);
        myAccount.changeLanguage(before);
    }

    @Test
    @WithUserDetails("director")
    void a_user_changes_their_own_password_only_with_the_current_one() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        test($(Button.class).id("current-user")).click();
        test($(PasswordField.class).id("my-current-password")).setValue("not-my-password-1");
        test($(PasswordField.class).id("my-new-password")).setValue("brand-new-pass-1");
        test($(PasswordField.class).id("my-new-password-confirm")).setValue("brand-new-pass-1");
        test($(Button.class).id("my-password-save")).click();

        var current = $(PasswordField.class).id("my-current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct");
        assertThat(hasher.matches("opscharter-demo", signIn.credentials("director").orElseThrow().passwordHash()))
                .isTrue();

        test(current).setValue("opscharter-demo");
        test($(Button.class).id("my-password-save")).click();
        assertThat(hasher.matches("brand-new-pass-1", signIn.credentials("director").orElseThrow().passwordHash()))
                .isTrue();

        myAccount.changePassword("brand-new-pass-1", "opscharter-demo");
    }
}
