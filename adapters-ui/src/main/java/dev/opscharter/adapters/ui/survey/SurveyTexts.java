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
import java.util.Locale;
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

    /** A text by its bundle key, in the language of the screen. */
    @FunctionalInterface
    interface Translator {
        String text(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;
    private final Language language;
    private final Map<DepartmentId, Department> departments = new LinkedHashMap<>();

    SurveyTexts(Component owner, DepartmentQueries departmentQueries) {
        this((key, arguments) -> owner.getTranslation(key, arguments), Formats.locale(), departmentQueries.all());
    }

    SurveyTexts(Translator translator, Locale locale, List<Department> departments) {
        this.translator = translator;
        this.locale = locale;
        this.language = Language.of(locale);
        departments.forEach(d -> this.departments.put(d.id(), d));
    }

    String t(String key, Object... arguments) {
        return translator.text(key, arguments);
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

    /** Between the items of a list in running text: "、" in Chinese, ", " in English. */
    String listSeparator() {
        return language == Language.ZH_CN ? "、" : ", ";
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
        return Formats.percent(percent.movePointLeft(2).doubleValue(), 1, locale);
    }

    /** Why a group shows no figure, e.g. "fewer than 3 responses — not shown". */
    String hidden(Disclosed.Hidden<?> hidden) {
        return t("survey.results.hidden." + hidden.why().name(), hidden.minimum());
    }
}
