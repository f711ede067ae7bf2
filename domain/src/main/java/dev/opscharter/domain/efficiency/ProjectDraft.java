package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.List;
import java.util.Optional;

/** What a person fills in for a project: its title, owner, the process it improves and its indicators. */
public record ProjectDraft(String title, String owner, Optional<String> processCode,
                           List<EfficiencyIndicator> indicators) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_INDICATORS = 12;

    public ProjectDraft {
        title = Require.text(title, "title", MAX_TITLE);
        owner = Require.text(owner, "owner", 80);
        processCode = processCode.filter(code -> !code.isBlank()).map(code -> Require.text(code, "processCode", 64));
        indicators = List.copyOf(indicators);
        if (indicators.size() > MAX_INDICATORS) {
            throw new InvalidValue("indicators", "validation.efficiency.too-many-indicators", MAX_INDICATORS);
        }
        if (indicators.stream().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                < indicators.size()) {
            throw new InvalidValue("indicators", "validation.efficiency.indicator-twice");
        }
    }
}
