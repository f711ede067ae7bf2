package dev.opscharter.adapters.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest {

    @Test
    void an_entry_lights_up_for_its_nested_pages_unless_another_entry_is_nested_under_it() {
        for (var slash : new String[] {"", "/"}) {
            var paths = List.of(slash, slash + "charter", slash + "charter/work-items", slash + "charter/boundary",
                    slash + "compliance/checks", slash + "compliance/actions");

            assertThat(MainLayout.matchesNested(slash + "compliance/checks", paths)).as("a check's own page").isTrue();
            assertThat(MainLayout.matchesNested(slash + "charter/work-items", paths)).isTrue();
            assertThat(MainLayout.matchesNested(slash + "charter", paths)).as("work items have their entry").isFalse();
            assertThat(MainLayout.matchesNested(slash, paths)).as("home is not every page").isFalse();
        }
    }
}
