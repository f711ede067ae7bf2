package dev.opscharter.adapters.ui.survey.respond;

import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.application.survey.port.in.SurveyForm.RatedDepartment;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Questionnaire;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RespondentPageTest {

    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final DepartmentId FINANCE = DepartmentId.random();
    private static final ItemCode RESPONSIVENESS = new ItemCode("RESPONSIVENESS");

    private final SurveyForm form = new SurveyForm(new BilingualName("2026-Q2 协作满意度", "2026-Q2 collaboration"),
            Questionnaire.defaults(), List.of(new RatedDepartment(OPERATIONS, new BilingualName("运营管理部", "Operations")),
            new RatedDepartment(FINANCE, new BilingualName("财务部", "Finance"))), Language.ZH_CN,
            LocalDate.of(2026, 5, 29));

    @Test
    void the_form_is_in_the_chosen_language_with_a_switch_to_the_other() {
        var chinese = RespondentPage.form(form, Language.ZH_CN, Map.of(), Map.of());
        var english = RespondentPage.form(form, Language.EN, Map.of(), Map.of());

        assertThat(chinese).contains("<html lang=\"zh-CN\">", "2026-Q2 协作满意度", "您与运营管理部的协作",
                "您与财务部的协作", "响应速度", "非常满意", "其他意见或建议", "提交我的回答", "2026年5月29日",
                "href=\"?lang=en\"").doesNotContain("Submit my answers", "!survey.");
        assertThat(english).contains("<html lang=\"en\">", "2026-Q2 collaboration", "Your collaboration with Operations",
                "Your collaboration with Finance", "Responsiveness", "Very satisfied", "Other comments or suggestions",
                "Submit my answers", "May 29, 2026", "href=\"?lang=zh\"").doesNotContain("提交我的回答", "!survey.");
    }

    @Test
    void every_rated_department_gets_a_one_to_five_scale_per_item() {
        var page = RespondentPage.form(form, Language.EN, Map.of(), Map.of());

        for (var department : List.of(OPERATIONS, FINANCE)) {
            for (var code : Questionnaire.defaults().codes()) {
                var name = RespondentPage.field(department, code);
                for (int score = 1; score <= 5; score++) {
                    assertThat(page).contains("name=\"" + name + "\" value=\"" + score + "\"");
                }
            }
        }
        assertThat(page).contains("name=\"comment\" maxlength=\"2000\"").contains("name=\"lang\" value=\"en\"");
    }

    @Test
    void it_fits_a_phone_and_needs_no_script_and_nothing_from_elsewhere() throws Exception {
        var page = RespondentPage.form(form, Language.ZH_CN, Map.of(), Map.of());

        assertThat(page).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .doesNotContain("<script", "http://", "https://", "style=\"");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("a few KB").isLessThan(24 * 1024);
        // the one sheet is allowed by its hash, and nothing else is
        var sheet = page.substring(page.indexOf("<style>") + 7, page.indexOf("</style>"));
        assertThat(RespondentPage.CONTENT_SECURITY_POLICY).contains("default-src 'none'")
                .contains("style-src '" + sha256(sheet) + "'").doesNotContain("unsafe");
    }

    @Test
    void titles_names_entered_comments_and_problems_are_escaped() {
        var hostile = "<script>alert('x')</script>\"&";
        var nasty = new SurveyForm(new BilingualName(hostile, hostile),
                new Questionnaire(List.of(new LikertItem(RESPONSIVENESS, new BilingualName(hostile, hostile), false)),
                        new BilingualName(hostile, hostile)),
                List.of(new RatedDepartment(OPERATIONS, new BilingualName(hostile, hostile))), Language.EN,
                LocalDate.of(2026, 5, 29));

        var page = RespondentPage.form(nasty, Language.EN, Map.of(RespondentPage.COMMENT, "</textarea>" + hostile),
                Map.of(RespondentPage.COMMENT, hostile));

        assertThat(page).doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;")
                .contains(">&lt;/textarea&gt;&lt;script&gt;");
        assertThat(page.split("</textarea>", -1)).as("one textarea, closed once").hasSize(2);
    }

    @Test
    void a_refused_answer_is_marked_at_its_item_and_what_was_entered_is_kept() {
        var missing = RespondentPage.field(FINANCE, RESPONSIVENESS);
        var answered = RespondentPage.field(OPERATIONS, RESPONSIVENESS);

        var page = RespondentPage.form(form, Language.EN, Map.of(answered, "4", RespondentPage.COMMENT, "很好"),
                Map.of(missing, "Please answer this question"));

        assertThat(page).contains("id=\"" + missing + "\" class=\"item invalid\"")
                .contains("<p class=\"error\" id=\"" + missing + ".error\">Please answer this question</p>")
                .contains("name=\"" + answered + "\" value=\"4\" checked")
                .contains(">很好</textarea>")
                .contains("Some answers are missing or invalid");
        assertThat(page.indexOf("Please answer this question")).isGreaterThan(page.indexOf("Your collaboration with Finance"));
    }

    @Test
    void the_unavailable_page_says_in_words_that_the_link_cannot_be_used_and_names_no_reason_of_its_own() {
        assertThat(RespondentPage.unavailable(Language.EN)).contains("This link can no longer be used")
                .contains("already been used, it has expired, or the survey has closed")
                .contains("<meta name=\"viewport\"");
        assertThat(RespondentPage.unavailable(Language.ZH_CN)).contains("此链接已无法使用");
        assertThat(RespondentPage.thanks(Language.ZH_CN)).contains("感谢您的参与");
        assertThat(RespondentPage.thanks(Language.EN)).contains("Your answers have been recorded");
    }

    @Test
    void a_posted_form_is_bounded_in_size_and_fields() {
        assertThat(FormBody.parse("a.x.Y=5&comment=%E5%BE%88%E5%A5%BD+ok&comment=second&lang=en&bad=%zz"))
                .containsEntry("a.x.Y", "5").containsEntry("comment", "很好 ok").containsEntry("lang", "en")
                .containsEntry("bad", "%zz");
        var flood = "a=1&".repeat(FormBody.MAX_FIELDS + 1);
        assertThatThrownBy(() -> FormBody.parse(flood))
                .isInstanceOf(FormBody.TooLarge.class);
        var huge = new ByteArrayInputStream(new byte[FormBody.MAX_BYTES + 1]);
        assertThatThrownBy(() -> FormBody.read(huge))
                .isInstanceOf(FormBody.TooLarge.class);
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
