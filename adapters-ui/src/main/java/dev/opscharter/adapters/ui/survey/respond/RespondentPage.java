package dev.opscharter.adapters.ui.survey.respond;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The respondent's pages as plain HTML: a few kilobytes, no script, one inline style sheet (allowed by
 * its hash in {@link #CONTENT_SECURITY_POLICY}, nothing else is), readable at 375 px without
 * scrolling sideways. Chinese falls back to the product's own font, as on the Vaadin screens.
 */
final class RespondentPage {

    static final String COMMENT = "comment";
    static final String LANGUAGE = "lang";

    /**
     * Relative font URLs ({@code ../assets}: every page is one level under {@code /s/}), so the sheet,
     * and with it its hash, is the same under any context path. The fonts are the ones the Vaadin
     * screens fall back to ({@code styles.css}): a machine with one of the named Chinese fonts downloads
     * nothing. The bundled family comes first, held to Chinese by its unicode-range (Latin text falls
     * through to the system's): behind {@code system-ui}, Chromium on a machine without a Chinese font
     * kept drawing the text it laid out before the font arrived as empty boxes.
     */
    static final String STYLE = """
            @font-face{font-family:"OpsCharter CJK";font-weight:400;font-display:swap;\
            src:local("Noto Sans CJK SC"),local("NotoSansCJKsc-Regular"),local("Source Han Sans SC"),\
            local("Microsoft YaHei"),local("PingFang SC Regular"),local("PingFangSC-Regular"),\
            url("../assets/fonts/NotoSansSC-Regular.ttf") format("truetype");\
            unicode-range:U+2000-206F,U+3000-303F,U+4E00-9FFF,U+FF00-FFEF}
            @font-face{font-family:"OpsCharter CJK";font-weight:600 700;font-display:swap;\
            src:local("Noto Sans CJK SC Bold"),local("NotoSansCJKsc-Bold"),local("Source Han Sans SC Bold"),\
            local("Microsoft YaHei Bold"),local("PingFang SC Semibold"),local("PingFangSC-Semibold"),\
            url("../assets/fonts/NotoSansSC-Bold.ttf") format("truetype");\
            unicode-range:U+2000-206F,U+3000-303F,U+4E00-9FFF,U+FF00-FFEF}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#f5f7fb;color:#1f2937;\
            font:16px/1.5 "OpsCharter CJK",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:40rem;margin:0 auto;padding:1rem}
            nav{text-align:right;font-size:.9rem}
            nav a{color:#1f5fa8;padding:.25rem .5rem}
            nav a[aria-current]{color:#1f2937;font-weight:700;text-decoration:none}
            h1{font-size:1.35rem;line-height:1.3;margin:.25rem 0 .5rem;color:#1f5fa8;overflow-wrap:anywhere}
            h2{font-size:1.1rem;margin:0 0 .75rem;overflow-wrap:anywhere}
            p{margin:.25rem 0 .5rem}
            .brand,.hint{color:#6b7280;font-size:.85rem}
            section{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:1rem;margin:1rem 0}
            fieldset{border:0;margin:0 0 1.25rem;padding:0;min-width:0}
            legend{font-weight:600;padding:0;margin-bottom:.5rem;overflow-wrap:anywhere}
            .scale{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:.25rem}
            .scale label{display:flex;flex-direction:column;align-items:center;gap:.15rem;padding:.45rem .1rem;\
            border:1px solid #d1d5db;border-radius:8px;background:#fff;font-size:.7rem;line-height:1.2;\
            text-align:center;cursor:pointer;overflow-wrap:anywhere}
            .scale b{font-size:1.05rem}
            .scale input{margin:0}
            .scale label:has(input:checked){border-color:#1f5fa8;background:#e8f0fb}
            .invalid .scale label{border-color:#b3261e}
            .error{color:#b3261e;font-weight:600}
            .problems{border:1px solid #b3261e;background:#fdecea}
            label[for]{display:block;font-weight:600;margin-bottom:.25rem;overflow-wrap:anywhere}
            textarea{display:block;width:100%;font:inherit;padding:.5rem;border:1px solid #d1d5db;border-radius:8px}
            button{width:100%;font:inherit;font-weight:600;padding:.75rem;border:0;border-radius:8px;\
            background:#1f5fa8;color:#fff;cursor:pointer}
            """;

    /**
     * Nothing from elsewhere and nothing but this page's own sheet and fonts: no script at all, forms
     * post only here, no frame may show the page, and no {@code <base>} can redirect its links.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; "
            + "font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Messages MESSAGES = Messages.bundled();

    private RespondentPage() {
    }

    /** The name a Likert answer is posted under: the rated department and the item. */
    static String field(DepartmentId department, ItemCode item) {
        return "a." + department + "." + item.value();
    }

    /** A {@link #field} name read back: the department's id and the item's code. */
    static final Pattern ANSWER = Pattern.compile("a\\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(\\S{1,64})");

    /**
     * The form, with what was entered and a message at each field that was refused (by field name; the
     * empty name for a problem of the whole form).
     */
    static String form(SurveyForm form, Language language, Map<String, String> entered, Map<String, String> problems) {
        var locale = language.locale();
        var html = start(form.title().in(language), language, true);
        html.raw("<header>").element("p class=\"brand\"", text("survey.respond.brand", language))
                .raw("<h1>").text(form.title().in(language)).raw("</h1>")
                .element("p", text("survey.respond.intro", language))
                .element("p", text("survey.respond.until", language,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(form.lastDay())))
                .raw("</header>");
        if (!problems.isEmpty()) {
            html.raw("<section class=\"problems\" role=\"alert\">")
                    .element("p class=\"error\"", text("survey.respond.problems", language));
            if (problems.containsKey("")) {
                html.element("p class=\"error\"", problems.get(""));
            }
            html.raw("</section>");
        }
        html.raw("<form method=\"post\" accept-charset=\"UTF-8\">")
                .raw("<input type=\"hidden\"").attr("name", LANGUAGE).attr("value", code(language)).raw(">");
        for (var rated : form.rated()) {
            html.raw("<section>").element("h2", text("survey.respond.rate", language, rated.name().in(language)))
                    .element("p class=\"hint\"", text("survey.respond.scale", language));
            for (var item : form.questionnaire().items()) {
                item(html, field(rated.id(), item.code()), item, language, entered, problems);
            }
            html.raw("</section>");
        }
        comment(html, form.questionnaire().commentPrompt().in(language), language, entered, problems);
        html.raw("<button type=\"submit\">").text(text("survey.respond.submit", language)).raw("</button></form>");
        return end(html);
    }

    private static void item(Html html, String name, LikertItem item, Language language, Map<String, String> entered,
                             Map<String, String> problems) {
        var problem = problems.get(name);
        html.raw("<fieldset").attr("id", name).attr("class", problem == null ? "item" : "item invalid");
        if (problem != null) {
            html.attr("aria-describedby", name + ".error");
        }
        html.raw("><legend>").text(item.text().in(language));
        if (!item.required()) {
            html.raw(" <span class=\"hint\">").text(text("survey.respond.optional", language)).raw("</span>");
        }
        html.raw("</legend>");
        if (problem != null) {
            html.raw("<p class=\"error\"").attr("id", name + ".error").raw(">").text(problem).raw("</p>");
        }
        html.raw("<div class=\"scale\">");
        for (int score = Response.MIN_SCORE; score <= Response.MAX_SCORE; score++) {
            var value = Integer.toString(score);
            html.raw("<label><input type=\"radio\"").attr("name", name).attr("value", value);
            if (value.equals(entered.get(name))) {
                html.raw(" checked");
            }
            html.raw("><b>").text(value).raw("</b><span>").text(text("survey.respond.score." + score, language))
                    .raw("</span></label>");
        }
        html.raw("</div></fieldset>");
    }

    private static void comment(Html html, String prompt, Language language, Map<String, String> entered,
                                Map<String, String> problems) {
        var problem = problems.get(COMMENT);
        html.raw("<section").attr("class", problem == null ? "comment" : "comment invalid").raw(">")
                .raw("<label").attr("for", COMMENT).raw(">").text(prompt).raw("</label>");
        if (problem != null) {
            html.raw("<p class=\"error\" id=\"comment.error\">").text(problem).raw("</p>");
        }
        html.raw("<textarea rows=\"5\"").attr("id", COMMENT).attr("name", COMMENT)
                .attr("maxlength", Integer.toString(Response.MAX_COMMENT))
                .attr("aria-describedby", problem == null ? "comment.hint" : "comment.error comment.hint")
                .raw(">").text(entered.getOrDefault(COMMENT, "")).raw("</textarea>")
                .raw("<p class=\"hint\" id=\"comment.hint\">")
                .text(text("survey.respond.comment.hint", language, Response.MAX_COMMENT)).raw("</p></section>");
    }

    /** One text for an unknown, used or expired link and a closed survey alike: nothing is learned from it. */
    static String unavailable(Language language) {
        return notice("survey.respond.unavailable", language);
    }

    static String thanks(Language language) {
        return notice("survey.respond.thanks", language);
    }

    static String tooLarge(Language language) {
        return notice("survey.respond.too-large", language);
    }

    static String failed(Language language) {
        return notice("survey.respond.failed", language);
    }

    private static String notice(String key, Language language) {
        var title = text(key + ".title", language);
        var html = start(title, language, false);
        html.element("p class=\"brand\"", text("survey.respond.brand", language))
                .element("h1", title).element("p", text(key + ".text", language));
        return end(html);
    }

    /** The head and the language switch; {@code switchable}: the links keep the page (a GET of the same path). */
    private static Html start(String title, Language language, boolean switchable) {
        var html = new Html().raw("<!DOCTYPE html><html").attr("lang", language == Language.ZH_CN ? "zh-CN" : "en")
                .raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex, nofollow\">")
                .element("title", title).raw("<style>").raw(STYLE).raw("</style></head><body><main>");
        if (switchable) {
            html.raw("<nav").attr("aria-label", text("survey.respond.language", language)).raw(">");
            switchTo(html, Language.ZH_CN, "中文", language);
            switchTo(html, Language.EN, "English", language);
            html.raw("</nav>");
        }
        return html;
    }

    private static void switchTo(Html html, Language target, String name, Language current) {
        html.raw("<a").attr("href", "?" + LANGUAGE + "=" + code(target))
                .attr("lang", target == Language.ZH_CN ? "zh-CN" : "en");
        if (target == current) {
            html.attr("aria-current", "page");
        }
        html.raw(">").text(name).raw("</a>");
    }

    private static String end(Html html) {
        return html.raw("</main></body></html>").toString();
    }

    /** The value of {@code ?lang=}: {@code zh} or {@code en}. */
    static String code(Language language) {
        return language == Language.ZH_CN ? "zh" : "en";
    }

    private static String text(String key, Language language, Object... params) {
        return MESSAGES.text(key, language.locale(), params);
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
