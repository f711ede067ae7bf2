package dev.opscharter.adapters.ui.compliance.manual;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.VersionState;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The manual's words in the user's language: names, limits in hours, version states. */
final class ProcessManualTexts {

    private final Component owner;
    private final Language language;

    ProcessManualTexts(Component owner) {
        this.owner = owner;
        this.language = "zh".equals(Formats.locale().getLanguage()) ? Language.ZH_CN : Language.EN;
    }

    String name(BilingualName name) {
        return name.in(language);
    }

    String otherName(BilingualName name) {
        return name.in(language == Language.ZH_CN ? Language.EN : Language.ZH_CN);
    }

    String basis(LimitBasis basis) {
        return owner.getTranslation("compliance.manual.basis." + basis.name().toLowerCase(Locale.ROOT));
    }

    /** A limit in hours ("72 h", "1.5 h"), or "none". */
    String limit(Optional<Duration> limit) {
        return limit.map(this::hours).orElseGet(() -> owner.getTranslation("compliance.manual.no-limit"));
    }

    String hours(Duration duration) {
        double hours = duration.toSeconds() / 3600.0;
        var text = hours == Math.rint(hours) ? Formats.number((long) hours) : Formats.number(hours, 2);
        return owner.getTranslation("compliance.manual.hours", text);
    }

    String roles(ProcessStep step) {
        return step.responsibleRoles().stream().sorted().collect(Collectors.joining(", "));
    }

    String mandatory(ProcessStep step) {
        return owner.getTranslation(step.mandatory() ? "compliance.manual.step.mandatory"
                : "compliance.manual.step.optional");
    }

    /** The end steps in the order of the steps. */
    String endSteps(ProcessVersion version) {
        return version.steps().stream().map(ProcessStep::code).filter(version.endSteps()::contains)
                .map(StepCode::value).collect(Collectors.joining(", "));
    }

    static VersionState state(Process process, ProcessVersion version, LocalDate today) {
        return process.history().stateOf(version, today);
    }

    String state(VersionState state) {
        return owner.getTranslation("compliance.manual.version." + state.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
    }

    String versionLabel(Process process, ProcessVersion version, LocalDate today) {
        return owner.getTranslation("compliance.manual.version.option", version.number(),
                Formats.date(version.effectiveFrom()), state(state(process, version, today)));
    }

    String inForce(Process process, LocalDate today) {
        return process.inForceOn(today).map(v -> owner.getTranslation("compliance.manual.in-force.version",
                        v.number(), Formats.date(v.effectiveFrom())))
                .orElseGet(() -> owner.getTranslation("compliance.manual.in-force.none"));
    }
}
