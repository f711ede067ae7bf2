package dev.opscharter.bootstrap.survey;

import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.InvitationToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The respondent's page over real HTTP, as a phone's browser meets it: the form, one response per
 * link however often and from how many tabs it is sent, the same answer for every link that does not
 * work, no session or cookie, the headers that keep the token from leaving the page, and no token in
 * the log.
 */
@RunningApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class RespondentPageIT {

    private static final Pattern ANSWER = Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"1\"");
    private static final String RESPONSES = "select count(*) from survey_response where campaign_id = ?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private SurveyLinks links;
    private SurveyLinks.Opened campaign;

    @BeforeEach
    void openCampaign() {
        links = SurveyLinks.of(context);
        campaign = links.open("答卷页 " + UUID.randomUUID());
    }

    @Test
    void the_form_is_answered_once_and_then_the_link_says_in_words_that_it_cannot_be_used(CapturedOutput output)
            throws Exception {
        var token = links.link(campaign, Language.ZH_CN);

        var page = get("/s/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "答卷页 ", "响应速度", "非常满意", "提交我的回答")
                .doesNotContain(token);
        assertRespondentHeaders(page);
        assertThat(get("/s/" + token + "?lang=en").body()).contains("<html lang=\"en\">", "Submit my answers");

        var answered = post("/s/" + token, answers(page.body(), 5) + "&comment=" + encode("沟通顺畅") + "&lang=zh");
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).contains("/s/thanks?lang=zh");
        assertRespondentHeaders(answered);
        assertThat(responses()).isEqualTo(1);
        var thanks = get("/s/thanks?lang=zh");
        assertThat(thanks.body()).contains("感谢您的参与");
        assertRespondentHeaders(thanks);

        var again = post("/s/" + token, answers(page.body(), 1) + "&lang=zh");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("此链接已无法使用", "已被使用、已过期，或调研已结束");
        assertRespondentHeaders(again);
        assertThat(get("/s/" + token).statusCode()).isEqualTo(404);
        assertThat(responses()).isEqualTo(1);

        assertThat(output.getAll()).doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from audit_entry a where a::text like ?").param("%" + token + "%")
                .query(Long.class).single()).as("the token in no audit entry").isZero();
    }

    @Test
    void unknown_and_malformed_links_look_exactly_like_a_used_one() throws Exception {
        var used = links.link(campaign, Language.ZH_CN);
        var form = get("/s/" + used).body();
        assertThat(post("/s/" + used, answers(form, 4)).statusCode()).isEqualTo(303);

        var reference = get("/s/" + used);
        assertThat(reference.statusCode()).isEqualTo(404);
        for (var path : List.of("/s/" + InvitationToken.random().value(), "/s/not-a-token", "/s/" + used + "x",
                "/s/" + used + "/more", "/s/", "/s")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(reference.statusCode());
            assertThat(response.body()).as(path).isEqualTo(reference.body());
            assertRespondentHeaders(response);
        }
        var unknownPost = post("/s/" + InvitationToken.random().value(), answers(form, 4));
        assertThat(unknownPost.statusCode()).isEqualTo(404);
        assertThat(unknownPost.body()).isEqualTo(post("/s/" + used, answers(form, 4)).body());
    }

    @Test
    void an_unanswered_item_is_marked_in_the_respondents_language_and_the_answers_given_are_kept() throws Exception {
        var token = links.link(campaign, Language.EN);
        var form = get("/s/" + token).body();
        var names = names(form);
        var missing = names.getFirst();
        var partial = names.stream().skip(1).map(n -> encode(n) + "=4").collect(Collectors.joining("&"));

        var refused = post("/s/" + token, partial + "&comment=" + encode("<b>kept</b>"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"" + missing + "\" class=\"item invalid\"")
                .contains("Please answer this question")
                .contains("name=\"" + names.get(1) + "\" value=\"4\" checked")
                .contains("&lt;b&gt;kept&lt;/b&gt;</textarea>");
        assertThat(responses()).isZero();
        // the link still works
        assertThat(post("/s/" + token, answers(form, 3)).statusCode()).isEqualTo(303);
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void twenty_submissions_of_one_link_at_once_record_exactly_one_response() throws Exception {
        var token = links.link(campaign, Language.ZH_CN);
        var body = answers(get("/s/" + token).body(), 4);
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return post("/s/" + token, body).statusCode();
                }));
            }
            start.countDown();
            for (var result : results) {
                statuses.add(result.get());
            }
        }
        assertThat(statuses).containsOnly(303, 404).filteredOn(s -> s == 303).hasSize(1);
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void a_post_larger_than_any_form_is_refused_unread() throws Exception {
        var token = links.link(campaign, Language.ZH_CN);

        var flooded = post("/s/" + token, "comment=" + "x".repeat(70 * 1024));

        assertThat(flooded.statusCode()).isEqualTo(413);
        assertRespondentHeaders(flooded);
        assertThat(responses()).isZero();
    }

    private void assertRespondentHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
        assertThat(headers.firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        assertThat(headers.allValues("Content-Security-Policy")).singleElement().satisfies(csp -> assertThat(csp)
                .contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe", "http"));
        assertThat(headers.firstValue("Location").orElse("")).doesNotContainPattern("[A-Za-z0-9_-]{43}");
    }

    private long responses() {
        return jdbc.sql(RESPONSES).param(campaign.id().value()).query(Long.class).single();
    }

    private static List<String> names(String form) {
        return ANSWER.matcher(form).results().map(m -> m.group(1)).toList();
    }

    /** Every item of the form answered with {@code score}, as the browser posts it. */
    private static String answers(String form, int score) {
        var fields = new LinkedHashMap<String, String>();
        names(form).forEach(name -> fields.put(name, Integer.toString(score)));
        assertThat(fields).as("the form's answers").hasSize(5);
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path).header("Accept-Language", "zh-CN")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }
}
