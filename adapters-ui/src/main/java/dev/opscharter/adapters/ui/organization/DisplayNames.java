package dev.opscharter.adapters.ui.organization;

import dev.opscharter.application.organization.port.in.Directory;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns the user names kept in records into people's names for one screen or report: loads the
 * directory once, on first use; a name without an account (e.g. {@code system}) stays as it is.
 */
public final class DisplayNames implements UnaryOperator<String> {

    private final Directory directory;
    private @Nullable Map<String, String> names;

    public DisplayNames(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String apply(String username) {
        if (names == null) {
            names = directory.displayNames();
        }
        return names.getOrDefault(username, username);
    }
}
