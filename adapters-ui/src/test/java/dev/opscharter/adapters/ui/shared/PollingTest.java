package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollingTest {

    private final UI ui = new UI();
    private final Object bell = new Object();
    private final Object importer = new Object();

    @Test
    void the_ui_polls_at_the_shortest_interval_still_asked_for() {
        Polling.request(ui, bell, 60_000);
        assertThat(ui.getPollInterval()).isEqualTo(60_000);

        Polling.request(ui, importer, 500);
        assertThat(ui.getPollInterval()).isEqualTo(500);

        Polling.release(ui, importer);
        assertThat(ui.getPollInterval()).as("the import is done: the bell keeps its polling").isEqualTo(60_000);

        Polling.release(ui, bell);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void asking_again_replaces_the_interval_and_releasing_what_was_never_asked_for_changes_nothing() {
        Polling.request(ui, bell, 60_000);
        Polling.request(ui, bell, 30_000);
        assertThat(ui.getPollInterval()).isEqualTo(30_000);

        Polling.release(ui, importer);
        assertThat(ui.getPollInterval()).isEqualTo(30_000);
    }
}
