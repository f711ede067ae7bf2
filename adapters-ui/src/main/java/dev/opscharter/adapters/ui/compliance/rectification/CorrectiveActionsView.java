package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries.ActionFilter;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.Period;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The corrective actions (整改) of compliance findings: status, owner, due date (overdue ones
 * highlighted), filters, a "new corrective action" dialog for managers and the details of one
 * action with its lifecycle. Managers, the director and auditors see every action; a specialist
 * the ones they own (the use case decides).
 *
 * <p>The check results link here with the finding in the address:
 * {@code compliance/actions?check=<uuid>&period=2026-Q2&process=ORDER&type=STEP_LATE&step=SHIP}
 * opens the new-action dialog with those fields filled in (managers only); {@code ?action=<id>}
 * (the link of a notification) opens that action.
 */
@Route(value = "compliance/actions", layout = MainLayout.class)
@Menu(order = 44, title = "nav.compliance.actions")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR})
class CorrectiveActionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CorrectiveActionQueries queries;
    private final ManageCorrectiveActions manage;
    private final ActionTexts texts;
    private final boolean manager;
    private final boolean seesAll;
    private final MyPermissions permissions;
    private final RecordList<CorrectiveAction, ActionFilter> list;
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Checkbox mineOnly = new Checkbox();
    private final Button details;
    private LocalDate today;

    CorrectiveActionsView(CorrectiveActionQueries queries, ManageCorrectiveActions manage, Directory directory,
                          AuthenticationContext authentication, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.permissions = permissions;
        this.texts = new ActionTexts(this, new DisplayNames(directory));
        this.manager = authentication.hasRole(Roles.OPS_MANAGER);
        this.seesAll = authentication.hasAnyRole(Roles.OPS_MANAGER, Roles.OPS_DIRECTOR, Roles.AUDITOR);
        this.today = queries.today();
        addClassName("view");
        setSizeFull();
        setPadding(false);

        status.setId("actions-status-filter");
        status.setPlaceholder(getTranslation("actions.filter.all-statuses"));
        status.setClearButtonVisible(true);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(texts::status);
        overdueOnly.setId("actions-overdue-only");
        overdueOnly.setLabel(getTranslation("actions.filter.overdue-only"));
        mineOnly.setId("actions-mine-only");
        mineOnly.setLabel(getTranslation("actions.filter.mine-only"));
        mineOnly.setVisible(seesAll);

        list = new RecordList<>("actions", RecordSource.of(queries::find, queries::count), CorrectiveAction::id, this::filter);
        list.title(getPageTitle());
        list.filters(status, overdueOnly, mineOnly);
        var create = list.action("actions.new", "actions-new", () -> openNew(QueryParameters.empty()));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(manager);
        details = list.action("actions.details", "actions-details", () -> list.selected().ifPresent(this::openDetails));
        list.column("actions.field.title", CorrectiveAction::title, "title").setKey("title").setFlexGrow(2);
        list.column("actions.field.finding", a -> texts.origin(a.origin()), null).setKey("finding").setFlexGrow(2);
        list.column("actions.field.owner", a -> texts.person(a.owner()), "owner").setKey("owner");
        list.badgeColumn("actions.field.due-on", this::dueCell).setKey("due").setSortProperty("dueOn");
        list.badgeColumn("actions.field.status", a -> texts.statusBadge(a.status())).setKey("status")
                .setSortProperty("status");
        list.rowPartNames(a -> a.isOverdue(today) ? "overdue" : null);
        var raiseFirst = new Button(getTranslation("actions.new"), e -> openNew(QueryParameters.empty()));
        raiseFirst.setId("actions-empty-new");
        list.emptyState(manager ? "actions.empty.manager" : "actions.empty", manager ? raiseFirst : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(this::openDetails);
        add(list);
        refresh(null);
    }

    /** A specialist sees the actions they own; the others all, unless they ask for their own. */
    private ActionFilter filter() {
        return new ActionFilter(!seesAll || mineOnly.getValue(), status.getOptionalValue(), overdueOnly.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("action").ifPresent(id -> {
            try {
                var actionId = CorrectiveActionId.parse(id);
                new FormErrors(this).run(() -> openDetails(queries.get(actionId)));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
        var process = parameters.getSingleParameter("process");
        if (manager && process.isPresent()) {
            openNew(parameters);
        }
    }

    private Span dueCell(CorrectiveAction action) {
        if (action.isOverdue(today)) {
            var badge = new StatusBadge(Formats.date(action.dueOn()) + " · "
                    + getTranslation("actions.overdue.days", action.daysOverdue(today)), StatusBadge.Tone.ERROR);
            badge.addClassName("overdue");
            return badge;
        }
        return new Span(Formats.date(action.dueOn()));
    }

    /** The actions page from the database, filtered and sorted there; the action just changed stays selected. */
    private void refresh(@Nullable CorrectiveActionId keep) {
        today = queries.today();
        // one read of the list: with the record just changed selected, or none if it is gone
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.get(keep)))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
    }

    /** The form, filled from the finding a link came with (check, period, process, type, step, cases). */
    private void openNew(QueryParameters finding) {
        var form = new NewActionForm(texts, manage.possibleOwners(), today, Period.quarterOf(today).previous().key());
        form.prefill(finding);
        var request = RequestKey.fresh();
        var dialog = new FormDialog(getTranslation("actions.new"), getTranslation("actions.create"), "actions-new",
                form, () -> create(form, request));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
    }

    private boolean create(NewActionForm form, RequestKey request) {
        var created = new CorrectiveActionId[1];
        boolean done = Attempt.run(this, form.errors(), "actions.created",
                () -> created[0] = manage.create(request, form.value()));
        refresh(created[0]);
        return done;
    }

    /** Loads the action afresh: the row may be older than the action (someone else changed it meanwhile). */
    private void openDetails(CorrectiveAction action) {
        ActionDetails.open(queries, manage, texts, permissions, action.id(), () -> refresh(action.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title");
    }
}
