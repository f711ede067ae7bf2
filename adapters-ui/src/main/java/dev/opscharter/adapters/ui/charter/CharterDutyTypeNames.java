package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.DutyTypeNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.domain.shared.Language;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** {@link DutyTypeNames} from every charter version (open to every signed-in user), the newest wording winning. */
@Component
class CharterDutyTypeNames implements DutyTypeNames {

    private final CharterQueries charter;

    CharterDutyTypeNames(CharterQueries charter) {
        this.charter = charter;
    }

    @Override
    public Map<String, String> dutyTypes() {
        var language = Language.of(Formats.locale());
        var names = new HashMap<String, String>();
        // oldest first: a later version's text replaces an earlier one's
        charter.versions().forEach(version -> version.lines()
                .forEach(line -> names.put(line.dutyType().code(), line.text(language))));
        return Map.copyOf(names);
    }
}
