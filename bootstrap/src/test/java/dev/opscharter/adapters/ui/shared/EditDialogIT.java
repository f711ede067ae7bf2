package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one edit dialog: a new record is created under the dialog's one request key however often the
 * user has to correct the form; a change is made on the version loaded, and after someone else's
 * change "reload" brings the current record, whose version the next save carries.
 */
@OpsCharterSpringTest
class EditDialogIT extends ViewTest {

    record Note(String text, long version) {
    }

    /** A form with one field, bound to the field name "text" as a domain refusal would name it. */
    static final class NoteForm extends Composite<FormLayout> implements EditDialog.Form<String> {

        private final TextField text = new TextField();
        private final FormErrors errors = new FormErrors(this).bind("text", text);

        NoteForm() {
            text.setId("note-text");
            getContent().add(text);
        }

        @Override
        public void setFormDataObject(String draft) {
            text.setValue(draft);
        }

        @Override
        public String getFormDataObject() {
            return text.getValue();
        }

        @Override
        public FormErrors errors() {
            return errors;
        }
    }

    private final List<RequestKey> requests = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private Note stored = new Note("first", 1);

    private EditDialog<Note, String> dialog() {
        return EditDialog.<Note, String, NoteForm>of("note", new NoteForm(), Note::text)
                .creating("", (request, text) -> {
                    requests.add(request);
                    if (text.isBlank()) {
                        throw new InvalidValue("text", "validation.required");
                    }
                    saved.add("created " + text);
                })
                .updating((note, text) -> {
                    if (note.version() != stored.version()) {
                        throw new ConcurrentModification("Note", "n1");
                    }
                    stored = new Note(text, note.version() + 1);
                    saved.add("updated " + text + " on v" + note.version());
                }, note -> stored);
    }

    @Test
    void a_new_record_is_created_once_under_the_dialogs_request_key_after_a_corrected_form() {
        dialog().open("New note", null, attempts::incrementAndGet);
        assertThat(textField("note-text").getValue()).isEmpty();

        click("note-save");
        assertThat(textField("note-text").isInvalid()).as("the refusal shows at its field").isTrue();
        assertThat($(Dialog.class).id("note-dialog").isOpened()).isTrue();
        assertThat($(Button.class).withId("note-reload").exists())
                .as("nothing to reload for a new record").isFalse();

        test(textField("note-text")).setValue("second");
        click("note-save");

        assertThat(saved).containsExactly("created second");
        assertThat(requests).hasSize(2).allMatch(requests.getFirst()::equals);
        assertThat(attempts).as("the list behind reloads after each attempt").hasValue(2);
        assertThat($(Dialog.class).withId("note-dialog").exists()).as("closed on success").isFalse();
    }

    @Test
    void after_someone_elses_change_reload_brings_the_current_record_and_the_save_carries_its_version() {
        var loaded = stored;
        dialog().open("Edit note", loaded, attempts::incrementAndGet);
        assertThat(textField("note-text").getValue()).isEqualTo("first");
        stored = new Note("changed elsewhere", 2);

        test(textField("note-text")).setValue("mine");
        click("note-save");
        assertThat(saved).as("refused: based on version 1").isEmpty();
        assertThat(notifications()).anyMatch(text -> text.contains("changed"));

        click("note-reload");
        assertThat(textField("note-text").getValue()).isEqualTo("changed elsewhere");
        test(textField("note-text")).setValue("mine again");
        click("note-save");

        assertThat(saved).containsExactly("updated mine again on v2");
        assertThat(stored).isEqualTo(new Note("mine again", 3));
        assertThat($(Dialog.class).withId("note-dialog").exists()).isFalse();
    }
}
