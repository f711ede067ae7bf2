package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.CharterCitation;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Language;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The charter's words in the user's language: department names, routing decisions, charter
 * citations and status badges, the same on every charter screen.
 */
final class CharterTexts {

    /** The person behind a user name kept in a record ("director" → 王建国); the scheduler and the system as such. */
    String person(String username) {
        return RunTexts.actor(owner, username, names);
    }

    private final Component owner;
    private final Language language;
    private final List<Department> departments;
    private final Map<DepartmentId, Department> byId;
    private final UnaryOperator<String> names;

    CharterTexts(Component owner, List<Department> departments, UnaryOperator<String> names) {
        this.owner = owner;
        this.names = names;
        this.language = Language.of(Formats.locale());
        this.departments = List.copyOf(departments);
        this.byId = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
    }

    Language language() {
        return language;
    }

    /** The other product language, for the charter text shown as a tooltip. */
    Language otherLanguage() {
        return language == Language.ZH_CN ? Language.EN : Language.ZH_CN;
    }

    List<Department> departments() {
        return departments.stream().sorted(Comparator.comparing(this::name)).toList();
    }

    Optional<Department> department(DepartmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The Operations Management department itself, if the organization has one. */
    Optional<Department> operations() {
        return departments.stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS).findFirst();
    }

    String name(Department department) {
        return department.name().in(language);
    }

    String name(DepartmentId id) {
        return department(id).map(this::name).orElse(id.toString());
    }

    String involvement(Involvement involvement) {
        return t("charter.involvement." + involvement.name());
    }

    StatusBadge.Tone tone(Involvement involvement) {
        return switch (involvement) {
            case OWN -> StatusBadge.Tone.SUCCESS;
            case PARTICIPATE -> StatusBadge.Tone.WARNING;
            case EXCLUDED -> StatusBadge.Tone.ERROR;
        };
    }

    String signOff(SignOffAuthority authority) {
        return t("charter.sign-off." + authority.name());
    }

    /** One short phrase: "Own", "Participate · Executive Management leads", "Redirect → IT". */
    String routing(BoundaryDecision decision) {
        return RoutingPhrase.of(decision, this::name, this::t);
    }

    /** The routing phrase as a badge, followed by the sign-off the charter requires, if any. */
    Component routingBadges(BoundaryDecision decision) {
        var cell = new Span(new StatusBadge(routing(decision), tone(decision.involvement())));
        cell.addClassName("badges");
        if (decision instanceof BoundaryDecision.Redirect redirect) {
            redirect.signOff().ifPresent(authority ->
                    cell.add(new StatusBadge(signOff(authority), StatusBadge.Tone.WARNING)));
        }
        return cell;
    }

    /** A sentence saying what happens to the work under this decision. */
    String consequence(BoundaryDecision decision) {
        return switch (decision) {
            case BoundaryDecision.Own own -> t("charter.routing.own.explained");
            case BoundaryDecision.Participate participate ->
                    t("charter.routing.participate.explained", name(participate.lead()));
            case BoundaryDecision.Redirect redirect -> redirect.signOff()
                    .map(authority -> t("charter.routing.reserved.explained." + authority.name(),
                            name(redirect.owner())))
                    .orElseGet(() -> t("charter.routing.redirect.explained", name(redirect.owner())));
        };
    }

    /** "Charter v1 · Efficiency optimization: System development (by IT)". */
    String citation(CharterCitation citation) {
        return t("charter.citation", citation.charterVersion(), citation.dimension().in(language),
                citation.text(language));
    }

    String citationInOtherLanguage(CharterCitation citation) {
        return citation.dimension().in(otherLanguage()) + " · " + citation.text(otherLanguage());
    }

    String status(WorkItemStatus status) {
        return t("charter.work-item.status." + status.name());
    }

    StatusBadge statusBadge(WorkItemStatus status) {
        var tone = switch (status) {
            case OPEN -> StatusBadge.Tone.NEUTRAL;
            case HANDED_OVER, AWAITING_SIGN_OFF -> StatusBadge.Tone.WARNING;
            case DONE -> StatusBadge.Tone.SUCCESS;
            case CANCELLED -> StatusBadge.Tone.ERROR;
        };
        return new StatusBadge(status(status), tone);
    }

    private String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
