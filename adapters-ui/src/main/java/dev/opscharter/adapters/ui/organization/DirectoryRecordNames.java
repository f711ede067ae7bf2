package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.RecordNames;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.domain.shared.Language;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/** {@link RecordNames} from the company directory and the departments, both open to every signed-in user. */
@Component
class DirectoryRecordNames implements RecordNames {

    private final Directory directory;
    private final DepartmentQueries departments;

    DirectoryRecordNames(Directory directory, DepartmentQueries departments) {
        this.directory = directory;
        this.departments = departments;
    }

    @Override
    public Map<String, String> users() {
        return directory.displayNames();
    }

    @Override
    public Map<String, String> people() {
        return directory.personNames();
    }

    @Override
    public Map<String, String> departments() {
        var language = Language.of(Formats.locale());
        return departments.all().stream().collect(Collectors.toUnmodifiableMap(d -> d.id().toString(),
                d -> d.name().in(language)));
    }
}
