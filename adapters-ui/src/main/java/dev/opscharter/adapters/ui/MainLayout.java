package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.shared.InboxBell;
import dev.opscharter.adapters.ui.shared.OrganizationChanged;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.port.in.Inbox;
import dev.opscharter.domain.shared.Language;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in page. The side navigation is built from the views' {@code @Menu}
 * entries, which Vaadin already filters by the user's roles, so a user only sees what they may
 * open. Menu titles are i18n keys {@code nav.<area>.<item>}; the area groups the entries the way
 * SPEC.md groups the product.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /** The SPEC areas in the order the navigation shows them. */
    static final List<String> AREAS = List.of("home", "charter", "appraisal", "survey", "compliance", "operations",
            "risk", "team", "collaboration", "organization", "administration");

    private final transient MyAccount myAccount;
    private final transient ManageSettings settings;
    private final transient AuthenticationContext authentication;
    private final transient Inbox inbox;

    public MainLayout(MyAccount myAccount, ManageSettings settings, AuthenticationContext authentication, Inbox inbox) {
        this.myAccount = myAccount;
        this.settings = settings;
        this.authentication = authentication;
        this.inbox = inbox;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), navbar());
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private Div brand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private HorizontalLayout navbar() {
        var organization = new Span(settings.current().organizationName());
        organization.addClassName("navbar-organization");
        organization.setId("navbar-organization");
        organization.addAttachListener(attach -> {
            var registration = OrganizationChanged.listen(attach.getUI(), organization::setText);
            organization.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        var me = myAccount.me();
        var user = new Button(me.person().name(), VaadinIcon.USER.create(),
                e -> ChangePasswordDialog.open(myAccount));
        user.setId("current-user");
        user.addClassName("navbar-user");
        user.addThemeVariants(ButtonVariant.TERTIARY);
        user.setTooltipText(getTranslation("account.change-password"));
        var mySettings = new Button(VaadinIcon.COG.create(), e -> MySettingsDialog.open(myAccount));
        mySettings.setId("my-settings");
        mySettings.addThemeVariants(ButtonVariant.TERTIARY);
        mySettings.setTooltipText(getTranslation("my-settings.title"));
        mySettings.setAriaLabel(getTranslation("my-settings.title"));
        var logout = new Button(getTranslation("action.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        var bar = new HorizontalLayout(organization, new Div(), new InboxBell(inbox), user, mySettings,
                new LanguageSwitch(this::rememberLanguage), logout);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(1));
        return bar;
    }

    private void rememberLanguage(Language language) {
        myAccount.changeLanguage(language);
    }

    private VerticalLayout navigation() {
        var entries = MenuConfiguration.getMenuEntries();
        var paths = entries.stream().map(MenuEntry::path).toList();
        var byArea = entries.stream()
                .collect(Collectors.groupingBy(MainLayout::area, LinkedHashMap::new, Collectors.toList()));
        var column = new VerticalLayout();
        column.setPadding(false);
        column.setSpacing(false);
        column.addClassName("navigation");
        for (var area : AREAS) {
            var inArea = byArea.get(area);
            if (inArea == null) {
                continue;
            }
            var nav = "home".equals(area) ? new SideNav() : new SideNav(getTranslation("nav." + area));
            nav.setId("nav-" + area);
            inArea.forEach(entry -> nav.addItem(item(entry, paths)));
            column.add(nav);
        }
        return column;
    }

    /**
     * One entry is highlighted per page: a check's page lights "checks", but "charter" does not light
     * up on "charter/work-items", which has an entry of its own (nor home on every page).
     */
    private SideNavItem item(MenuEntry entry, List<String> paths) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(matchesNested(entry.path(), paths));
        return item;
    }

    static boolean matchesNested(String path, List<String> paths) {
        var prefix = path.endsWith("/") ? path : path + "/";
        return !path.isBlank() && paths.stream().noneMatch(other -> other.startsWith(prefix));
    }

    private static String area(MenuEntry entry) {
        var parts = entry.title().split("\\.");
        return parts.length >= 3 ? parts[1] : "home";
    }
}
