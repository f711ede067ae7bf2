package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.SurveyWindow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words and numbers of the survey screens in the user's language: names of departments and
 * campaigns, states, windows, percentages (by locale) and why a group is not shown. Reads the
 * departments once per screen.
 */
final class SurveyTexts {

    /** The charter's standard for collaboration satisfaction (85 %): a figure meets it when it reaches it. */
    static final BigDecimal STANDARD = Part.COLLABORATION_SATISFACTION.charterThreshold();

    private final Component owner;
    private final Language language;
    private final Map<DepartmentId, Department> departments = new LinkedHashMap<>();

    SurveyTexts(Component owner, DepartmentQueries departmentQueries) {
        this.owner = owner;
        this.language = Language.of(Formats.locale());
        departmentQueries.all().forEach(d -> departments.put(d.id(), d));
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    Language language() {
        return language;
    }

    String name(BilingualName name) {
        return name.in(language);
    }

    /** A department by name; one no longer known (removed from the directory) by its id. */
    String department(DepartmentId id) {
        return Optional.ofNullable(departments.get(id)).map(d -> name(d.name())).orElse(id.toString());
    }

    /** The departments a campaign may invite: the active ones, Operations aside (it is rated, never invited). */
    List<Department> invitable() {
        return departments.values().stream().filter(Department::active)
                .filter(d -> d.kind() != DepartmentKind.OPERATIONS).toList();
    }

    Optional<Department> byId(DepartmentId id) {
        return Optional.ofNullable(departments.get(id));
    }

    String quarter(Period.Quarter quarter) {
        return t("kit.period.quarter", Integer.toString(quarter.year()), quarter.quarter());
    }

    String quarter(Optional<Period.Quarter> quarter) {
        return quarter.map(this::quarter).orElseGet(() -> t("survey.campaign.ad-hoc"));
    }

    String window(SurveyWindow window) {
        return Formats.date(window.opensOn()) + " – " + Formats.date(window.closesOn());
    }

    StatusBadge state(CampaignState state) {
        var tone = switch (state) {
            case DRAFT, CANCELLED -> StatusBadge.Tone.NEUTRAL;
            case SCHEDULED -> StatusBadge.Tone.WARNING;
            case OPEN -> StatusBadge.Tone.SUCCESS;
            case CLOSED -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(t("survey.state." + state.name()), tone);
    }

    /** 87.5 → "87.5%" (or the locale's way of writing it). */
    String percent(BigDecimal percent) {
        return Formats.percent(percent.movePointLeft(2).doubleValue(), 1);
    }

    /** Why a group shows no figure, e.g. "fewer than 3 responses — not shown". */
    String hidden(Disclosed.Hidden<?> hidden) {
        return t("survey.results.hidden." + hidden.why().name(), hidden.minimum());
    }
}
