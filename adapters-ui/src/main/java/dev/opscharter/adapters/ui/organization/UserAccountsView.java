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
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries.AccountEntry;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The administrator opens accounts for people and looks after them: passwords, enabling, lock-outs. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@Menu(order = 83, title = "nav.organization.accounts")
@RolesAllowed("ADMIN")
class UserAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageUserAccounts manage;
    private final UserAccountQueries accounts;
    private final PeopleQueries people;
    private final Map<DepartmentId, Department> departments;
    private final Language language;
    private final TextField filter = new TextField();
    private final RecordList<AccountEntry, AccountFilter> list;
    private final Button resetPassword;
    private final Button disable;
    private final Button enable;
    private final Button unlock;

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
        list = new RecordList<>("accounts", new RecordSource<>() {
            public List<AccountEntry> page(AccountFilter filter, PageRequest page) {
                return accounts.page(filter, page);
            }

            public long count(AccountFilter filter) {
                return accounts.count(filter);
            }
        }, e -> e.account().id(), () -> new AccountFilter(filter.getValue()));
        list.title(getPageTitle());
        list.filters(filter);
        list.action("organization.account.open", "account-open", this::open)
                .addThemeVariants(ButtonVariant.PRIMARY);
        resetPassword = list.action("organization.account.reset-password", "account-reset-password",
                () -> list.selected().ifPresent(this::resetPassword));
        disable = list.action("organization.account.disable", "account-disable",
                () -> list.selected().ifPresent(e -> act("organization.account.disabled", e.account().id(),
                        () -> manage.disable(e.account().id(), e.account().version()))));
        enable = list.action("organization.account.enable", "account-enable",
                () -> list.selected().ifPresent(e -> act("organization.account.enabled", e.account().id(),
                        () -> manage.enable(e.account().id(), e.account().version()))));
        unlock = list.action("organization.account.unlock", "account-unlock",
                () -> list.selected().ifPresent(e -> act("organization.account.unlocked", e.account().id(),
                        () -> manage.unlock(e.account().id(), e.account().version()))));
        var openFirst = new Button(getTranslation("organization.account.open"), e -> open());
        openFirst.setId("account-empty-open");
        list.emptyState("organization.account.empty", openFirst);
        configureColumns();
        list.onSelectionChange(selected -> updateButtons());
        add(list);
        refresh(null);
    }

    private void configureColumns() {
        list.column("organization.account.username", e -> e.account().username().value(), "username")
                .setAutoWidth(true);
        list.column("organization.account.person", e -> e.person().name(), null).setAutoWidth(true);
        list.column("organization.person.department", e -> Optional.ofNullable(departments.get(e.person().departmentId()))
                .map(d -> d.name().in(language)).orElse(""), null).setAutoWidth(true);
        list.column("organization.account.language", e -> getTranslation("language." + e.account().language().name()),
                null).setAutoWidth(true);
        list.badgeColumn("organization.status", this::status);
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

    /** Reads the list again; the account just changed stays selected, as it is stored now. */
    private void refresh(@Nullable UserAccountId keep) {
        list.refresh(keep == null ? null : accounts.entry(keep).orElse(null));
        updateButtons();
    }

    private void updateButtons() {
        var selected = list.selected();
        resetPassword.setEnabled(selected.isPresent());
        disable.setEnabled(selected.filter(e -> e.account().enabled()).isPresent());
        enable.setEnabled(selected.filter(e -> !e.account().enabled()).isPresent());
        unlock.setEnabled(selected.filter(AccountEntry::locked).isPresent());
    }

    private void act(String successKey, UserAccountId id, Runnable useCase) {
        Attempt.run(this, successKey, useCase);
        refresh(id);
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
                        refresh(null);
                    }
                    return opened;
                }).open();
    }

    private void resetPassword(AccountEntry entry) {
        var password = new PasswordPair("account-new-password", "organization.account.new-password");
        var form = new FormLayout(password.password, password.confirmation);
        var errors = new FormErrors(form).bind("password", password.password);
        new FormDialog(getTranslation("organization.account.reset-password.title", entry.account().username().value()),
                getTranslation("organization.account.reset-password"), "account-reset", form, () -> {
                    if (!password.confirmed()) {
                        return false;
                    }
                    boolean done = Attempt.run(this, errors, "organization.account.password-reset",
                            () -> manage.resetPassword(entry.account().id(), password.password.getValue(),
                                    entry.account().version()));
                    refresh(entry.account().id());
                    return done;
                }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.accounts.title");
    }
}
