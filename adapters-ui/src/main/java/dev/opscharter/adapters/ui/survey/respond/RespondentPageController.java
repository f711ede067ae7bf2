package dev.opscharter.adapters.ui.survey.respond;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.survey.port.in.RespondentForms;
import dev.opscharter.application.survey.port.in.SubmitResponse;
import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The respondent's page {@code /s/<token>} (SPEC §3): a plain HTML form, answered without an account
 * and without a server session — no Vaadin, no {@code HttpSession}, no cookie — so an open page costs
 * the server nothing between the two requests. The token is the respondent's one right and the
 * secret that stands in for a CSRF token; it is never logged (nothing here logs a path), put in a
 * redirect or repeated in the page. The application's security filter chain for {@code /s/**} is in
 * the bootstrap ({@code SurveyRespondentConfiguration}).
 */
@Controller
class RespondentPageController {

    static final String PATH = "/s/";
    static final String THANKS = PATH + "thanks";

    private static final Logger LOG = LoggerFactory.getLogger(RespondentPageController.class);
    private static final Messages MESSAGES = Messages.bundled();
    private static final Pattern SCORE = Pattern.compile("[1-5]");

    private final RespondentForms forms;
    private final SubmitResponse responses;

    RespondentPageController(RespondentForms forms, SubmitResponse responses) {
        this.forms = forms;
        this.responses = responses;
    }

    @GetMapping(THANKS)
    void thanks(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var language = chosen(request.getParameter(RespondentPage.LANGUAGE)).orElse(Language.of(request.getLocale()));
        send(response, HttpServletResponse.SC_OK, RespondentPage.thanks(language));
    }

    @GetMapping(PATH + "{token}")
    void show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var opened = opened(token, chosen(request.getParameter(RespondentPage.LANGUAGE)), request, response);
        if (opened.isPresent()) {
            send(response, HttpServletResponse.SC_OK,
                    RespondentPage.form(opened.get().form(), opened.get().language(), Map.of(), Map.of()));
        }
    }

    /** The body is read here, bounded ({@link FormBody}): never through the container's parameter parsing. */
    @PostMapping(PATH + "{token}")
    void submit(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getContentLengthLong() > FormBody.MAX_BYTES) {
            throw new FormBody.TooLarge();
        }
        var fields = FormBody.read(request.getInputStream());
        if (submittedAsPosted(token, fields, request, response)) {
            return;
        }
        var opened = opened(token, chosen(fields.get(RespondentPage.LANGUAGE)), request, response);
        if (opened.isEmpty()) {
            return;
        }
        var form = opened.get().form();
        var language = opened.get().language();
        var problems = new LinkedHashMap<String, String>();
        var answers = answers(form, fields, language, problems);
        var comment = Optional.ofNullable(fields.get(RespondentPage.COMMENT)).map(String::strip)
                .filter(c -> !c.isEmpty());
        if (comment.filter(c -> c.length() > Response.MAX_COMMENT).isPresent()) {
            problems.put(RespondentPage.COMMENT, message(language, "validation.too-long", Response.MAX_COMMENT));
        }
        if (problems.isEmpty()) {
            try {
                switch (responses.submit(token, answers, comment)) {
                    case RECORDED -> {
                        recorded(request, response, language);
                        return;
                    }
                    case UNAVAILABLE -> {
                        unavailable(request, response, Optional.of(language));
                        return;
                    }
                }
            } catch (InvalidValue refused) {
                problems.put(fieldOf(refused, form), message(language, refused));
            }
        }
        send(response, 422, RespondentPage.form(form, language, fields, problems));
    }

    /**
     * The way nearly every submission goes: a complete, well-formed form (every answer 1–5, the page's
     * language, a comment within bounds) is handed to the use case as posted, which checks it against the
     * campaign itself; the link's form is read only when something needs words at its item. Half the
     * reads of a submission, for the load a quarter's survey brings at its deadline.
     *
     * @return whether the answer was sent (recorded, or the link is unavailable)
     */
    private boolean submittedAsPosted(String token, Map<String, String> fields, HttpServletRequest request,
                                      HttpServletResponse response) throws IOException {
        var language = chosen(fields.get(RespondentPage.LANGUAGE));
        var answers = new LinkedHashMap<DepartmentId, Map<ItemCode, Integer>>();
        for (var field : fields.entrySet()) {
            var name = RespondentPage.ANSWER.matcher(field.getKey());
            if (name.matches()) {
                if (!SCORE.matcher(field.getValue()).matches()) {
                    return false;
                }
                answers.computeIfAbsent(new DepartmentId(UUID.fromString(name.group(1))), d -> new HashMap<>())
                        .put(new ItemCode(name.group(2)), Integer.parseInt(field.getValue()));
            }
        }
        var comment = Optional.ofNullable(fields.get(RespondentPage.COMMENT)).map(String::strip)
                .filter(c -> !c.isEmpty());
        if (language.isEmpty() || answers.isEmpty() || comment.filter(c -> c.length() > Response.MAX_COMMENT)
                .isPresent()) {
            return false;
        }
        try {
            switch (responses.submit(token, answers, comment)) {
                case RECORDED -> recorded(request, response, language.get());
                case UNAVAILABLE -> unavailable(request, response, language);
            }
            return true;
        } catch (InvalidValue refused) {
            return false; // the form's own check words every problem at its item
        }
    }

    private static void recorded(HttpServletRequest request, HttpServletResponse response, Language language) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + THANKS + "?" + RespondentPage.LANGUAGE + "="
                + RespondentPage.code(language));
        headers(response);
    }

    /**
     * Anything else under {@code /s/} (another method, a deeper path): the page of an unknown link, and
     * never Vaadin's, which would open a session. Its parameters are not read, so no body is parsed.
     */
    @RequestMapping({"/s", PATH + "**"})
    void elsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unavailable(request, response, Optional.empty());
    }

    @ExceptionHandler(FormBody.TooLarge.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                RespondentPage.tooLarge(Language.of(request.getLocale())));
    }

    /** Says what failed, never where: the path holds the token. */
    @ExceptionHandler(Exception.class)
    void failed(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.error("A respondent's page failed", failure);
        send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                RespondentPage.failed(Language.of(request.getLocale())));
    }

    /** The answers by rated department, and a problem at every field that cannot be taken. */
    private static Map<DepartmentId, Map<ItemCode, Integer>> answers(SurveyForm form, Map<String, String> fields,
                                                                     Language language, Map<String, String> problems) {
        var answers = new LinkedHashMap<DepartmentId, Map<ItemCode, Integer>>();
        for (var rated : form.rated()) {
            var scores = new HashMap<ItemCode, Integer>();
            for (var item : form.questionnaire().items()) {
                var name = RespondentPage.field(rated.id(), item.code());
                var value = fields.getOrDefault(name, "").strip();
                if (SCORE.matcher(value).matches()) {
                    scores.put(item.code(), Integer.parseInt(value));
                } else if (!value.isEmpty()) {
                    problems.put(name, message(language, "validation.survey.score", Response.MIN_SCORE,
                            Response.MAX_SCORE));
                }
            }
            // the questionnaire's own rules (required items), each at its item, all at once
            for (var problem : form.questionnaire().problems(scores)) {
                problems.putIfAbsent(RespondentPage.field(rated.id(), new ItemCode(problem.field())),
                        message(language, problem));
            }
            answers.put(rated.id(), scores);
        }
        return answers;
    }

    /** Where a refusal the page did not foresee shows: at its item (in the first block), the comment or the top. */
    private static String fieldOf(InvalidValue refused, SurveyForm form) {
        if (RespondentPage.COMMENT.equals(refused.field())) {
            return RespondentPage.COMMENT;
        }
        return form.questionnaire().items().stream().filter(i -> i.code().value().equals(refused.field()))
                .findFirst().flatMap(i -> form.rated().stream().findFirst()
                        .map(d -> RespondentPage.field(d.id(), i.code())))
                .orElse("");
    }

    /** The link's form in the language asked for (else the invitation's); when there is none, the page saying so is sent. */
    private Optional<Opened> opened(String token, Optional<Language> asked, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        var form = forms.form(token);
        if (form.isEmpty()) {
            unavailable(request, response, asked);
            return Optional.empty();
        }
        return Optional.of(new Opened(form.get(), asked.orElse(form.get().language())));
    }

    private record Opened(SurveyForm form, Language language) {
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, Optional<Language> asked)
            throws IOException {
        var language = asked.orElse(Language.of(request.getLocale()));
        send(response, HttpServletResponse.SC_NOT_FOUND, RespondentPage.unavailable(language));
    }

    private static Optional<Language> chosen(String code) {
        if ("zh".equals(code)) {
            return Optional.of(Language.ZH_CN);
        }
        return "en".equals(code) ? Optional.of(Language.EN) : Optional.empty();
    }

    private static String message(Language language, InvalidValue problem) {
        return message(language, problem.messageKey(), problem.arguments().toArray());
    }

    private static String message(Language language, String key, Object... params) {
        return MESSAGES.text(key, language.locale(), params);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        headers(response);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    /**
     * Replace the application's (set for every response by the bootstrap's filter): no {@code Referer}
     * from this page, nothing kept by a browser or a proxy, no script and nothing from elsewhere, not indexed.
     */
    private static void headers(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", RespondentPage.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
