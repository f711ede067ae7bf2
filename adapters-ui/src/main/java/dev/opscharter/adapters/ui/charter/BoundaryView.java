package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.port.in.MyPermissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.charter.port.in.WorkItemQueries.DepartmentTally;
import dev.opscharter.application.charter.port.in.WorkItemQueries.Filter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.organization.DepartmentId;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The responsibility boundary in practice (SPEC §1): per department, what Operations redirected or
 * escalated to it and what it leads, with the items. Operations and auditors see every department;
 * a department lead opens on what was routed to their own department and on what waits for their
 * sign-off (the operations director sees the sign-offs reserved for management there too).
 */
@Route(value = "charter/boundary", layout = MainLayout.class)
@Menu(order = 13, title = "nav.charter.boundary")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "DEPARTMENT_LEAD", "AUDITOR"})
class BoundaryView extends VerticalLayout implements HasDynamicTitle {

    private final ManageWorkItems manage;
    private final WorkItemQueries queries;
    private final CharterTexts texts;
    private final MyPermissions permissions;
    private final boolean seesAll;
    private final Optional<DepartmentId> myDepartment;
    private final Grid<DepartmentTally> tally = new Grid<>();
    private final WorkItemGrid items;
    private final WorkItemGrid awaiting;
    private final H3 itemsHeading = new H3();
    private final Checkbox openOnly = new Checkbox();
    private final Button approve;
    private final Button reject;

    BoundaryView(ManageWorkItems manage, WorkItemQueries queries, DepartmentQueries departments,
                 Directory directory, AuthenticationContext authentication, MyPermissions permissions) {
        this.manage = manage;
        this.queries = queries;
        this.permissions = permissions;
        this.texts = new CharterTexts(this, departments.all(), new DisplayNames(directory));
        this.seesAll = authentication.hasAnyRole("OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR");
        boolean signs = authentication.hasAnyRole("DEPARTMENT_LEAD", "OPS_DIRECTOR");
        this.myDepartment = seesAll ? Optional.empty() : queries.myDepartment();
        this.items = new WorkItemGrid("boundary-items", texts);
        this.awaiting = new WorkItemGrid("boundary-awaiting", texts);
        addClassName("view");

        var matrix = new RouterLink(getTranslation("charter.boundary.matrix-link"), CharterView.class);
        matrix.setId("boundary-matrix-link");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("charter.boundary.intro")), matrix);

        var awaitingBar = new Toolbar();
        approve = awaitingBar.button("charter.work-item.approve", "boundary-approve",
                () -> selectedAwaiting().ifPresent(item -> actions().decide(item, true)));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        reject = awaitingBar.button("charter.work-item.reject", "boundary-reject",
                () -> selectedAwaiting().ifPresent(item -> actions().decide(item, false)));
        if (signs) {
            awaiting.setAllRowsVisible(true);
            awaiting.setEmptyStateText(getTranslation("charter.boundary.awaiting.none"));
            awaiting.addSelectionListener(e -> updateButtons());
            awaiting.addItemDoubleClickListener(e -> openDetails(e.getItem()));
            add(new H3(getTranslation("charter.boundary.awaiting")), awaitingBar, awaiting);
        }

        if (seesAll) {
            configureTally();
            add(new H3(getTranslation("charter.boundary.by-department")), tally);
        }

        openOnly.setId("boundary-open-only");
        openOnly.setLabel(getTranslation("charter.filter.open-only"));
        openOnly.addValueChangeListener(e -> refreshItems());
        itemsHeading.setId("boundary-items-heading");
        items.setHeight("32rem");
        items.addItemDoubleClickListener(e -> openDetails(e.getItem()));
        if (seesAll || myDepartment.isPresent()) {
            add(itemsHeading, new Toolbar(openOnly), items);
        } else {
            var none = new Paragraph(getTranslation("charter.boundary.no-department"));
            none.setId("boundary-no-department");
            add(none);
        }
        refresh();
    }

    private void configureTally() {
        tally.setId("boundary-tally");
        tally.addColumn(t -> texts.name(t.department())).setHeader(getTranslation("charter.boundary.department"))
                .setKey("department").setSortable(true).setAutoWidth(true).setFlexGrow(2);
        count("redirected", DepartmentTally::redirected);
        count("escalated", DepartmentTally::escalated);
        count("participating", DepartmentTally::participating);
        count("open", DepartmentTally::open);
        tally.setAllRowsVisible(true);
        tally.setEmptyStateText(getTranslation("charter.boundary.tally.none"));
        tally.addSelectionListener(e -> refreshItems());
    }

    private void count(String key, ToIntFunction<DepartmentTally> value) {
        tally.addColumn(t -> Formats.number(value.applyAsInt(t)))
                .setHeader(getTranslation("charter.boundary." + key)).setKey(key)
                .setComparator(Comparator.comparingInt(value)).setSortable(true).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(t -> getTranslation("charter.boundary." + key + ".help"));
    }

    private void refresh() {
        if (seesAll) {
            var keep = tally.getSelectedItems().stream().findFirst().map(DepartmentTally::department);
            var tallies = queries.boundaryTally().stream()
                    .sorted(Comparator.comparing((DepartmentTally t) -> texts.name(t.department()))).toList();
            tally.setItems(tallies);
            keep.flatMap(d -> tallies.stream().filter(t -> t.department().equals(d)).findFirst())
                    .ifPresent(tally::select);
        }
        awaiting.setItems(queries.awaitingMySignOff());
        updateButtons();
        refreshItems();
    }

    /**
     * Operations and auditors: the items of the department picked in the tally, else every item that
     * concerns another department. A department lead: what was routed to their department.
     */
    private void refreshItems() {
        Filter filter;
        if (seesAll) {
            var picked = tally.getSelectedItems().stream().findFirst().map(DepartmentTally::department);
            itemsHeading.setText(picked.map(d -> getTranslation("charter.boundary.items-of", texts.name(d)))
                    .orElseGet(() -> getTranslation("charter.boundary.items-all")));
            filter = new Filter(picked, Optional.empty(), openOnly.getValue(), true);
        } else if (myDepartment.isPresent()) {
            itemsHeading.setText(getTranslation("charter.boundary.mine", texts.name(myDepartment.get())));
            filter = new Filter(myDepartment, Optional.empty(), openOnly.getValue());
        } else {
            items.setItems(List.of());
            return;
        }
        // paged from the database: the items of a department grow with the years
        items.setItems(Paging.lazy(page -> queries.visible(filter, page), () -> queries.count(filter), WorkItem::id));
    }

    private Optional<WorkItem> selectedAwaiting() {
        return awaiting.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        boolean picked = selectedAwaiting().isPresent();
        approve.setEnabled(picked);
        reject.setEnabled(picked);
    }

    private WorkItemActions actions() {
        return new WorkItemActions(this, manage, this::refresh);
    }

    private void openDetails(WorkItem item) {
        WorkItemDetails.open(queries, manage, texts, permissions, item.id(), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("charter.boundary.title");
    }
}
