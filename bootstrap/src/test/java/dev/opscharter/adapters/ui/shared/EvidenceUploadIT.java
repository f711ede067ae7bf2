package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.EvidenceUpload;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence upload: attach enabled only with a file chosen, refusals said, texts in the user's language. */
@OpsCharterSpringTest
class EvidenceUploadIT extends ViewTest {

    record Attached(String fileName, String contentType, String content) {
    }

    private final List<Attached> attached = new ArrayList<>();
    private RuntimeException refusal;

    private void evidenceUpload() {
        UI.getCurrent().add(new EvidenceUpload("evidence", (name, type, content) -> {
            if (refusal != null) {
                throw refusal;
            }
            attached.add(new Attached(name, type, new String(content, StandardCharsets.UTF_8)));
        }));
    }

    private Upload upload() {
        return $(Upload.class).id("evidence");
    }

    private String chosen() {
        return $(Span.class).id("evidence-chosen").getText();
    }

    @Test
    void attach_is_enabled_only_once_a_file_is_chosen_and_hands_the_file_to_the_use_case() {
        evidenceUpload();
        assertThat(button("evidence-attach").isEnabled()).isFalse();
        assertThat(chosen()).isEqualTo("No file chosen yet");

        test(upload()).upload("minutes.txt", "text/plain", "root cause found".getBytes(StandardCharsets.UTF_8));

        assertThat(chosen()).isEqualTo("Chosen: minutes.txt");
        assertThat(button("evidence-attach").isEnabled()).isTrue();
        assertThat(attached).isEmpty();

        click("evidence-attach");

        assertThat(attached).containsExactly(new Attached("minutes.txt", "text/plain", "root cause found"));
        assertThat(notifications()).contains("Attached: minutes.txt");
        assertThat(button("evidence-attach").isEnabled()).isFalse();
        assertThat(chosen()).isEqualTo("No file chosen yet");
    }

    @Test
    void a_refusal_of_the_use_case_is_said_and_the_file_stays_chosen_to_try_again() {
        evidenceUpload();
        refusal = new InvalidValue("file", "validation.attachment.empty");
        test(upload()).upload("empty.txt", "text/plain", new byte[0]);

        click("evidence-attach");

        assertThat(notifications()).contains("The file is empty");
        assertThat(attached).isEmpty();
        assertThat(button("evidence-attach").isEnabled()).isTrue();
        assertThat(chosen()).isEqualTo("Chosen: empty.txt");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read_and_nothing_can_be_attached() {
        evidenceUpload();

        test(upload()).upload("huge.bin", "application/octet-stream", new byte[AttachmentFile.MAX_BYTES + 1]);

        assertThat(notifications()).contains("The file is larger than 10 MB");
        assertThat(button("evidence-attach").isEnabled()).isFalse();
        assertThat(upload().getMaxFileSize()).isEqualTo(AttachmentFile.MAX_BYTES);
    }

    @Test
    void the_upload_speaks_the_user_s_language() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        evidenceUpload();

        assertThat(upload().getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload().getI18n().getError().getFileIsTooBig()).isEqualTo("文件超过 10 MB");
        assertThat(button("evidence-attach").getText()).isEqualTo("添加附件");
    }
}
