package dev.opscharter.adapters.documents.survey;

import dev.opscharter.adapters.documents.shared.RowFileReader;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.fakes.RecordingInvitationMail;
import dev.opscharter.application.survey.port.in.InviteRespondents.Invited;
import dev.opscharter.application.survey.port.in.InviteRespondents.Respondents;
import dev.opscharter.application.survey.port.out.InvitationMail.Letter;
import dev.opscharter.application.survey.service.InvitationService;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.RatingScope;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An uploaded list of respondents read by the execution-record import's readers, as the application
 * wires them: CSV (UTF-8 with a BOM, quoted fields) and an Excel workbook give the same invitations,
 * and what the readers refuse is refused by row.
 */
class RespondentUploadReadersTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final RecordingInvitationMail mail = new RecordingInvitationMail();
    private final InvitationService service = new InvitationService(survey.campaigns, survey.invitations,
            survey.org.departments, survey.org.people, survey.org.accounts, new InMemoryInboxStore(), mail,
            new RowFileReader()::open, survey.unanswered(), survey.org.processedRequests, survey.org.useCase);
    private final dev.opscharter.domain.survey.Campaign open =
            survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);

    @TempDir
    Path temp;

    RespondentUploadReadersTest() {
        survey.org.actAs("manager", Role.OPS_MANAGER);
    }

    private Invited invite(Path file) {
        return service.invite(open.id(), RequestKey.fresh(), new Respondents.Upload(file, file.getFileName().toString()));
    }

    @Test
    void a_csv_list_with_a_bom_and_quoted_fields_is_read() throws IOException {
        var csv = "\uFEFFname,email,department,language\r\n"
                + "\"Wu, Anna\",anna@partner.cn,FINANCE,en\r\n"
                + "\"Li \"\"Bo\"\"\",bo@partner.cn,Hr部,\r\n";
        var file = Files.write(temp.resolve("list.csv"), csv.getBytes(StandardCharsets.UTF_8));

        assertThat(invite(file)).isEqualTo(new Invited(2, 0));
        assertThat(mail.letters()).extracting(l -> l.to().value(), Letter::language).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("anna@partner.cn", Language.EN),
                org.assertj.core.groups.Tuple.tuple("bo@partner.cn", Language.ZH_CN));
    }

    @Test
    void an_excel_list_is_read_from_its_first_sheet() throws IOException {
        var file = temp.resolve("list.xlsx");
        try (var workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("受访者");
            String[][] rows = {{"姓名", "邮箱", "部门"}, {"吴安娜", "anna@partner.cn", "FINANCE"},
                    {"李波", "bo@partner.cn", "It"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        assertThat(invite(file)).isEqualTo(new Invited(2, 0));
        assertThat(survey.invitations.of(open.id())).extracting(i -> i.department())
                .containsExactlyInAnyOrder(survey.finance.id(), survey.it.id());
    }

    @Test
    void what_the_reader_refuses_is_refused_with_its_line_and_nobody_is_invited() throws IOException {
        var file = Files.writeString(temp.resolve("broken.csv"),
                "name,email,department\nA,a@partner.cn,FINANCE\nB,\"b@partner.cn,HR\n");

        assertThatThrownBy(() -> invite(file)).isInstanceOf(RespondentsRejected.class)
                .satisfies(e -> assertThat(((RespondentsRejected) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageKey()).startsWith("imports.refused.")));
        assertThat(survey.invitations.of(open.id())).isEmpty();
        assertThat(mail.letters()).isEmpty();
    }
}
