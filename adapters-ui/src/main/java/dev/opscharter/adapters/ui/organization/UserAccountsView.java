package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.PasswordPair;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries.AccountEntry;
import dev.opscharter.domain.organization.AccountStep;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Language;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator opens accounts for people and looks after them: passwords, enabling, lock-outs,
 * each offered as the account's steps say, from the toolbar or the account's dialog.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@Menu(order = 83, title = "nav.organization.accounts")
@RolesAllowed(Roles.ADMIN)
class UserAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageUserAccounts manage;
    private final UserAccountQueries accounts;
    private final PeopleQueries people;
    private final Map<DepartmentId, Department> departments;
    private final Language language;
    private final TextField filter = new TextField();
    private final RecordList<AccountEntry, AccountFilter> list;

    UserAccountsView(ManageUserAccounts manage, UserAccountQueries accounts, PeopleQueries people,
                     DepartmentQueries departmentQueries) {
        this.manage = manage;
        this.accounts = accounts;
        this.people = people;
        this.departments = departmentQueries.all().stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
        this.language = Language.of(getLocale());
        addClassName("view");
        setSizeFull();

        filter.setId("account-filter");
        filter.setPlaceholder(getTranslation("organization.account.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        // paged, filtered and sorted in the database
        list = new RecordList<>("accounts", RecordSource.of(accounts::page, accounts::count), e -> e.account().id(), () -> new AccountFilter(filter.getValue()));
        list.title(getPageTitle());
        list.filters(filter);
        list.action("organization.account.open", "account-open", this::open)
                .addThemeVariants(ButtonVariant.PRIMARY);
        list.steps(steps("account"), entry -> accounts.detail(entry.account().id()));
        list.onOpen(this::details);
        var openFirst = new Button(getTranslation("organization.account.open"), e -> open());
        openFirst.setId("account-empty-open");
        list.emptyState("organization.account.empty", openFirst);
        configureColumns();
        add(list);
        list.refresh(null);
    }

    /** The account's steps, with ids {@code <prefix>-reset-password}, {@code <prefix>-disable}, … */
    private StepActions<AccountEntry, AccountStep> steps(String prefix) {
        return new StepActions<AccountEntry, AccountStep>()
                .on(AccountStep.RESET_PASSWORD, "organization.account.reset-password", prefix + "-reset-password",
                        (owner, entry, done) -> resetPassword(entry, done))
                .on(AccountStep.DISABLE, "organization.account.disable", prefix + "-disable", ButtonVariant.ERROR,
                        StepForm.now("organization.account.disabled",
                                e -> manage.disable(e.account().id(), e.account().version())))
                .on(AccountStep.ENABLE, "organization.account.enable", prefix + "-enable",
                        StepForm.now("organization.account.enabled",
                                e -> manage.enable(e.account().id(), e.account().version())))
                .on(AccountStep.UNLOCK, "organization.account.unlock", prefix + "-unlock",
                        StepForm.now("organization.account.unlocked",
                                e -> manage.unlock(e.account().id(), e.account().version())));
    }

    private void details(AccountEntry entry) {
        new RecordDialog<>("account-details", () -> accounts.detail(entry.account().id()),
                e -> e.account().username().value(), this::facts, steps("account-details"),
                () -> list.refresh(null)).open();
    }

    private void facts(AccountEntry entry, Facts facts) {
        facts.text("organization.account.person", "account-details-person", entry.person().name());
        facts.text("organization.person.department", "account-details-department", departmentOf(entry));
        facts.text("organization.account.language", "account-details-language", languageOf(entry));
        facts.item("organization.status", status(entry));
    }

    private void configureColumns() {
        list.column("organization.account.username", e -> e.account().username().value(), "username")
                .setAutoWidth(true);
        list.column("organization.account.person", e -> e.person().name(), null).setAutoWidth(true);
        list.column("organization.person.department", this::departmentOf, null).setAutoWidth(true);
        list.column("organization.account.language", this::languageOf, null).setAutoWidth(true);
        list.badgeColumn("organization.status", this::status);
    }

    private String departmentOf(AccountEntry entry) {
        return Optional.ofNullable(departments.get(entry.person().departmentId())).map(d -> d.name().in(language))
                .orElse("");
    }

    private String languageOf(AccountEntry entry) {
        return getTranslation("language." + entry.account().language().name());
    }

    private Component status(AccountEntry entry) {
        var status = new Span(entry.account().enabled()
                ? new StatusBadge(getTranslation("organization.account.status.enabled"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("organization.account.status.disabled"), StatusBadge.Tone.NEUTRAL));
        if (entry.locked()) {
            status.add(new StatusBadge(getTranslation("organization.account.status.locked"), StatusBadge.Tone.ERROR));
        }
        status.addClassName("badges");
        return status;
    }

    private void open() {
        // the chooser needs every account: a person has at most one
        var withAccount = accounts.all().stream().map(e -> e.person().id()).collect(Collectors.toSet());
        var candidates = people.list(new PeopleFilter(Optional.empty(), Optional.empty(), false)).stream()
                .filter(p -> !withAccount.contains(p.id())).toList();
        var form = new OpenAccountForm(candidates);
        new FormDialog(getTranslation("organization.account.open"), getTranslation("organization.account.open"),
                "account", form, () -> {
                    var person = form.person();
                    var password = form.password();
                    boolean confirmed = password.confirmed();
                    if (person.isEmpty() || !confirmed) {
                        return false;
                    }
                    boolean opened = Attempt.run(this, form.errors(), "organization.account.opened",
                            () -> manage.open(person.get().id(), form.username(), password.password.getValue(),
                                    form.language()));
                    if (opened) {
                        list.refresh(null);
                    }
                    return opened;
                }).open();
    }

    private void resetPassword(AccountEntry entry, Runnable done) {
        var password = new PasswordPair("account-new-password", "organization.account.new-password");
        var form = new FormLayout(password.password, password.confirmation);
        var errors = new FormErrors(form).bind("password", password.password);
        new FormDialog(getTranslation("organization.account.reset-password.title", entry.account().username().value()),
                getTranslation("organization.account.reset-password"), "account-reset", form, () -> {
                    if (!password.confirmed()) {
                        return false;
                    }
                    boolean reset = Attempt.run(this, errors, "organization.account.password-reset",
                            () -> manage.resetPassword(entry.account().id(), password.password.getValue(),
                                    entry.account().version()));
                    done.run();
                    return reset;
                }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.accounts.title");
    }
}
