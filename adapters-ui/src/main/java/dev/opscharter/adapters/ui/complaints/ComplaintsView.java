package dev.opscharter.adapters.ui.complaints;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.complaints.port.in.ComplaintQueries;
import dev.opscharter.application.complaints.port.in.RecordComplaints;
import dev.opscharter.application.complaints.port.in.RecordComplaints.MajorComplaintDraft;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.complaints.ComplaintsPermission;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.shared.InvalidValue;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Complaints (投诉): the day counts by month with the major complaint rate, entered a day at a time or imported
 * from a file; and the major complaints, newest first, each recorded one by one with its reason — which opens an
 * incident of type "major complaint", linked from its row. What a user may do is asked of {@link MyPermissions};
 * the use cases check it again.
 */
@Route(value = "complaints", layout = MainLayout.class)
@Menu(order = 62, title = "nav.risk.complaints")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class ComplaintsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RecordComplaints record;
    private final DisplayNames names;
    private final RecordList<MajorComplaint, String> majors;
    private final ComplaintCounts counts;

    ComplaintsView(ComplaintQueries queries, RecordComplaints record, Directory directory, MyPermissions permissions) {
        this.record = record;
        this.names = new DisplayNames(directory);
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean mayRecord = permissions.may(ComplaintsPermission.RECORD);
        counts = new ComplaintCounts(queries, record, mayRecord);

        majors = new RecordList<>("complaints-majors", RecordSource.of((filter, page) -> queries.majorComplaints(page),
                filter -> queries.countMajorComplaints()), MajorComplaint::id, () -> "");
        var create = majors.action("complaints.major.new", "complaints-major-new", this::recordMajor);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(mayRecord);
        majors.column("complaints.day", m -> Formats.date(m.day()), null).setKey("day").setAutoWidth(true);
        majors.column("complaints.major.title", MajorComplaint::title, null).setKey("title").setFlexGrow(2);
        majors.column("complaints.major.reason", MajorComplaint::reason, null).setKey("reason").setFlexGrow(3);
        majors.column("complaints.major.case", m -> m.handlingCase().map(c -> c.processCode() + " · " + c.caseId())
                .orElse(""), null).setKey("case").setAutoWidth(true);
        majors.column("complaints.major.recorded-by", m -> person(m.recordedBy()) + " · "
                + Formats.dateTime(m.recordedAt()), null).setKey("recorded").setAutoWidth(true);
        majors.badgeColumn("complaints.major.incident", m -> {
            var link = new Anchor("incidents?incident=" + m.incident(), getTranslation("complaints.major.open-incident"));
            link.setId("complaints-major-incident-" + m.id());
            return link;
        }).setKey("incident");
        var first = new Button(getTranslation("complaints.major.new"), e -> recordMajor());
        first.setId("complaints-majors-empty-new");
        majors.emptyState("complaints.major.empty", mayRecord ? first : null);
        majors.refresh(null);

        var tabs = new TabSheet();
        tabs.setId("complaints-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("complaints.tab.counts"), counts).setId("complaints-tab-counts");
        tabs.add(getTranslation("complaints.tab.major"), majors).setId("complaints-tab-major");
        add(new H2(getPageTitle()), tabs);
    }

    private String person(String username) {
        return RunWording.actorKey(username).map(key -> getTranslation(key)).orElseGet(() -> names.apply(username));
    }

    /** A major complaint with its reason: recorded once per dialog, and the incident it opens is said. */
    private void recordMajor() {
        var day = new LocalizedDatePicker(getTranslation("complaints.day"));
        day.setId("complaint-major-day");
        day.setValue(LocalDate.now(Formats.timeZone()));
        day.setRequiredIndicatorVisible(true);
        var title = new TextField(getTranslation("complaints.major.title"));
        title.setId("complaint-major-title");
        title.setMaxLength(MajorComplaint.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        var reason = new TextArea(getTranslation("complaints.major.reason"));
        reason.setId("complaint-major-reason");
        reason.setMaxLength(MajorComplaint.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("complaints.major.reason.help"));
        reason.setWidthFull();
        var caseProcess = new TextField(getTranslation("complaints.major.case-process"));
        caseProcess.setId("complaint-major-case-process");
        caseProcess.setMaxLength(HandlingCase.MAX_PROCESS);
        caseProcess.setPlaceholder("COMPLAINT_HANDLING");
        var caseId = new TextField(getTranslation("complaints.major.case-id"));
        caseId.setId("complaint-major-case-id");
        caseId.setMaxLength(HandlingCase.MAX_CASE);
        caseId.setHelperText(getTranslation("complaints.major.case.help"));
        var errors = new FormErrors(this).bind("day", day).bind("title", title).bind("reason", reason)
                .bind("handlingCase", caseId).bind("processCode", caseProcess).bind("caseId", caseId);
        var request = RequestKey.fresh();
        var form = new FormLayout(day, title, reason, caseProcess, caseId);
        form.setWidth("min(560px, 90vw)");
        new FormDialog(getTranslation("complaints.major.new"), getTranslation("complaints.major.save"),
                "complaint-major", form, () -> Attempt.run(this, errors, "complaints.major.recorded",
                () -> record.recordMajor(request, new MajorComplaintDraft(
                        day.getOptionalValue().orElseThrow(() -> new InvalidValue("day", "validation.required")),
                        title.getValue(), reason.getValue(), handlingCase(caseProcess.getValue(), caseId.getValue()))),
                () -> {
                    majors.refresh(null);
                    counts.refresh();
                })).open();
    }

    /** {@code ?month=2026-10}, the scorecard drill-down's link: that month of the counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("month").ifPresent(text -> {
            try {
                counts.show(YearMonth.parse(text));
            } catch (DateTimeParseException notAMonth) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    /** No case when both are left empty; one without the other is refused by the case itself, naming the field. */
    private static Optional<HandlingCase> handlingCase(String process, String id) {
        return process.isBlank() && id.isBlank() ? Optional.empty() : Optional.of(new HandlingCase(process, id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaints.title");
    }
}
