package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.PasswordPair;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
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
    private final Grid<AccountEntry> grid = new Grid<>();
    private final Button resetPassword;
    private final Button disable;
    private final Button enable;
    private final Button unlock;
    private List<AccountEntry> entries = List.of();

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

        var toolbar = new Toolbar();
        toolbar.button("organization.account.open", "account-open", this::open)
                .addThemeVariants(ButtonVariant.PRIMARY);
        resetPassword = toolbar.button("organization.account.reset-password", "account-reset-password",
                () -> selected().ifPresent(this::resetPassword));
        disable = toolbar.button("organization.account.disable", "account-disable",
                () -> selected().ifPresent(e -> act("organization.account.disabled", e.account().id(),
                        () -> manage.disable(e.account().id(), e.account().version()))));
        enable = toolbar.button("organization.account.enable", "account-enable",
                () -> selected().ifPresent(e -> act("organization.account.enabled", e.account().id(),
                        () -> manage.enable(e.account().id(), e.account().version()))));
        unlock = toolbar.button("organization.account.unlock", "account-unlock",
                () -> selected().ifPresent(e -> act("organization.account.unlocked", e.account().id(),
                        () -> manage.unlock(e.account().id(), e.account().version()))));

        configureGrid();
        add(new H2(getPageTitle()), toolbar, grid);
        refresh(null);
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        grid.addColumn(e -> e.account().username().value())
                .setHeader(getTranslation("organization.account.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.person().name()).setHeader(getTranslation("organization.account.person"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> Optional.ofNullable(departments.get(e.person().departmentId()))
                        .map(d -> d.name().in(language)).orElse(""))
                .setHeader(getTranslation("organization.person.department")).setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("language." + e.account().language().name()))
                .setHeader(getTranslation("organization.account.language")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("organization.status")).setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.setEmptyStateText(getTranslation("organization.empty"));
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

    private void refresh(@Nullable UserAccountId keep) {
        entries = accounts.all();
        grid.setItems(entries);
        entries.stream().filter(e -> e.account().id().equals(keep)).findFirst().ifPresent(grid::select);
        updateButtons();
    }

    private Optional<AccountEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var selected = selected();
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
        var withAccount = entries.stream().map(e -> e.person().id()).collect(Collectors.toSet());
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
