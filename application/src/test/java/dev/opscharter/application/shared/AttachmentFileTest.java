package dev.opscharter.application.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;


/** The name and type an attachment is kept under, whatever the browser claimed. */
class AttachmentFileTest {

    @Test
    void a_name_keeps_its_last_path_segment_without_invisible_or_reserved_characters() {
        assertThat(AttachmentFile.name("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentFile.name("C:\\Users\\me\\报告 Q1.pdf")).isEqualTo("报告 Q1.pdf");
        assertThat(AttachmentFile.name("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(AttachmentFile.name("a\r\nSet-Cookie: x\u0000.txt")).isEqualTo("aSet-Cookie_ x.txt");
        assertThat(AttachmentFile.name("say \"hi\"<>|?*.txt")).isEqualTo("say _hi______.txt");
        assertThat(AttachmentFile.name("..")).isEqualTo("attachment");
        assertThat(AttachmentFile.name(".bashrc")).isEqualTo("bashrc");
        assertThat(AttachmentFile.name("report.pdf. ")).isEqualTo("report.pdf");
        assertThat(AttachmentFile.name("  ")).isEqualTo("attachment");
        assertThat(AttachmentFile.name(null)).isEqualTo("attachment");
    }

    @Test
    void a_long_name_is_cut_keeping_its_extension() {
        var name = AttachmentFile.name("x".repeat(5000) + ".xlsx");
        assertThat(name).hasSize(AttachmentFile.MAX_NAME_LENGTH).endsWith("x.xlsx");
        assertThat(AttachmentFile.name("汉".repeat(300))).hasSize(AttachmentFile.MAX_NAME_LENGTH);
    }

    @Test
    void the_type_comes_from_the_bytes() {
        assertThat(type("%PDF-1.7\n", "a.txt")).isEqualTo("application/pdf");
        assertThat(AttachmentFile.contentType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0}, "a.pdf"))
                .isEqualTo("image/png");
        assertThat(AttachmentFile.contentType(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "a")).isEqualTo("image/jpeg");
        assertThat(AttachmentFile.contentType(new byte[]{'P', 'K', 3, 4, 0}, "roster.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(AttachmentFile.contentType(new byte[]{'P', 'K', 3, 4, 0}, "roster.html")).isEqualTo("application/zip");
        // markup that a browser would render or run is kept as text
        assertThat(type("<svg onload=alert(1)>", "x.svg")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(type("<html><script>x</script>", "x.html")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(type("a,b\n1,2\n", "排班表.csv")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(AttachmentFile.contentType(new byte[]{1, 2, 3}, "a.pdf")).isEqualTo("application/octet-stream");
        assertThat(AttachmentFile.contentType(new byte[]{(byte) 0xe9, 't', (byte) 0xe9}, "latin1.txt"))
                .isEqualTo("application/octet-stream");
    }

    @Test
    void accepted_evidence_is_kept_under_the_safe_name_with_the_type_of_its_bytes() {
        var file = AttachmentFile.accept("C:\\scans\\proof\u202E.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(file.fileName()).isEqualTo("proof.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.7\n");
        assertThat(AttachmentFile.accept("a.txt", new byte[]{'a'}).id()).isNotEqualTo(file.id());
    }

    @Test
    void evidence_is_refused_when_empty() {
        assertRejected(() -> AttachmentFile.accept("empty.pdf", new byte[0]), "attachment",
                "validation.attachment.empty");
    }

    @Test
    void evidence_is_refused_when_larger_than_the_limit_which_is_named_in_megabytes() {
        assertThat(AttachmentFile.accept("max.bin", new byte[AttachmentFile.MAX_BYTES]).size())
                .isEqualTo(AttachmentFile.MAX_BYTES);
        var refusal = assertRejected(() -> AttachmentFile.accept("big.bin", new byte[AttachmentFile.MAX_BYTES + 1]),
                "attachment", "validation.attachment.too-large");
        assertThat(refusal.arguments()).containsExactly(10);
    }

    private static String type(String text, String name) {
        return AttachmentFile.contentType(text.getBytes(StandardCharsets.UTF_8), name);
    }
}
