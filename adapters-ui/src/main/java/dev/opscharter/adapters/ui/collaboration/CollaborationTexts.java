package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.charter.RoutingPhrase;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.MeetingStatus;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStatus;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The words of the collaboration screens in the reader's language: departments by their names, statuses, kinds,
 * recurrences ("every Monday at 10:00"), people, and the link to the work item an action item became.
 */
final class CollaborationTexts {

    /** Where the work-item register opens one item (its {@code ?item=} parameter). */
    static final String WORK_ITEM_LINK = "charter/work-items?item=";

    /** A text of the bundles by key, in the reader's language. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;
    private final UnaryOperator<String> names;
    private final Language language;
    private final Map<DepartmentCode, Department> departments;
    private final Map<DepartmentId, Department> byId;

    /**
     * @param departments every department, active or not, so a record keeps naming one that was deactivated
     * @param names       user name → the person's name ({@code DisplayNames})
     */
    CollaborationTexts(Component owner, List<Department> departments, UnaryOperator<String> names) {
        this(owner::getTranslation, Formats.locale(), departments, names);
    }

    /** Outside a screen (a chart drawn in a test): the texts from a translator, in a given language. */
    CollaborationTexts(Translator translator, Locale locale, List<Department> departments,
                       UnaryOperator<String> names) {
        this.translator = translator;
        this.locale = locale;
        this.names = names;
        this.language = Language.of(locale);
        this.departments = departments.stream().collect(Collectors.toMap(Department::code, Function.identity(),
                (first, second) -> first));
        this.byId = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
    }

    String t(String key, Object... arguments) {
        return translator.t(key, arguments);
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    String person(String username) {
        return RunWording.actorKey(username).map(key -> t(key)).orElseGet(() -> names.apply(username));
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    String department(DepartmentCode code) {
        var department = departments.get(code);
        return department == null ? code.value() : department.name().in(language);
    }

    /** "Sales, Marketing" in the order the record keeps them. */
    String departments(Collection<DepartmentCode> codes) {
        return codes.stream().map(this::department).collect(Collectors.joining(t("collaboration.list-separator")));
    }

    /** The active departments a user may choose, by name. */
    List<DepartmentCode> choosable() {
        return departments.values().stream().filter(Department::active)
                .sorted(Comparator.comparing(d -> d.name().in(language))).map(Department::code).toList();
    }

    String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "Every Monday at 10:00", "Monthly on the 5th at 14:00" (the last day in shorter months when it says so). */
    String recurrence(Recurrence recurrence) {
        return switch (recurrence) {
            case Recurrence.Weekly weekly -> t("collaboration.recurrence.weekly",
                    weekly.day().getDisplayName(TextStyle.FULL, locale), time(weekly.at()));
            case Recurrence.Monthly monthly -> t(monthly.dayOfMonth() > 28 ? "collaboration.recurrence.monthly.clamped"
                    : "collaboration.recurrence.monthly", monthly.dayOfMonth(), time(monthly.at()));
        };
    }

    StatusBadge meetingStatus(MeetingStatus status) {
        return new StatusBadge(t("collaboration.meeting.status." + status.name()), switch (status) {
            case SCHEDULED -> StatusBadge.Tone.NEUTRAL;
            case HELD -> StatusBadge.Tone.WARNING;
            case CLOSED -> StatusBadge.Tone.SUCCESS;
        });
    }

    String kind(ProjectKind kind) {
        return t("collaboration.project.kind." + kind.name());
    }

    StatusBadge projectStatus(ProjectStatus status) {
        return new StatusBadge(t("collaboration.project.status." + status.name()), switch (status) {
            case ACTIVE -> StatusBadge.Tone.WARNING;
            case COMPLETED -> StatusBadge.Tone.SUCCESS;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }

    StatusBadge conflictStatus(Conflict conflict) {
        return conflict.isResolved()
                ? new StatusBadge(t("collaboration.conflict.status.resolved"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(t("collaboration.conflict.status.open"), StatusBadge.Tone.WARNING);
    }

    /** Where the charter routed an item's work item, in the charter's own words ("Redirect → Finance"). */
    String routing(BoundaryDecision decision) {
        return RoutingPhrase.of(decision, this::department, this::t);
    }

    private String department(DepartmentId id) {
        var department = byId.get(id);
        return department == null ? id.toString() : department.name().in(language);
    }

    /** The work item an action item became, linked to its page in the work-item register. */
    Anchor workItemLink(WorkItemId workItem) {
        var link = new Anchor(WORK_ITEM_LINK + workItem, t("collaboration.item.work-item.open"));
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
