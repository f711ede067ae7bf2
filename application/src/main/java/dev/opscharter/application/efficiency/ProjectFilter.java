package dev.opscharter.application.efficiency;

import dev.opscharter.domain.efficiency.ProjectState;

import java.util.Optional;

/**
 * Which projects a list shows: in one state, or all; whose title, owner or process contains a text.
 * Shared by the query port and the store.
 */
public record ProjectFilter(Optional<ProjectState> state, Optional<String> text) {

    public static final ProjectFilter ALL = new ProjectFilter(Optional.empty(), Optional.empty());

    public ProjectFilter {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
