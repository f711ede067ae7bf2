package dev.opscharter.adapters.documents.survey;

import dev.opscharter.adapters.documents.shared.Bilingual;
import dev.opscharter.adapters.messages.Formatting;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.survey.ResultsReport;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Breakdown;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.GroupResult;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.ResultGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A campaign's results laid out once for both files: every label in Chinese and English side by side,
 * each group's figure formatted or the words saying why it is hidden — never a number for a hidden
 * group — and the comments as text only. The workbook and the PDF only arrange these lines.
 */
final class BilingualResults {

    private static final Locale ZH = Messages.CHINESE;
    private static final Locale EN = Messages.ENGLISH;
    /** The charter's standard the scorecard judges collaboration satisfaction by (85 %, met when reached). */
    private static final BigDecimal STANDARD = Part.COLLABORATION_SATISFACTION.charterThreshold();

    final String title;
    final List<Line> header = new ArrayList<>();
    final List<String> columns;
    final List<Row> groups = new ArrayList<>();
    final List<Row> items = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();

    private final Messages messages = Messages.bundled();
    private final ResultsReport report;

    /** A label and its value in the header. */
    record Line(String label, String value) {
    }

    /**
     * One group: its kind ("rated department"), its name, and either its figure (respondents, the
     * percentage as text and as a number, whether it meets the standard) or only the note why it is hidden.
     */
    record Row(String kind, String name, Optional<Integer> respondents, String figure, Optional<BigDecimal> percent,
               Optional<Boolean> meets, String note) {
    }

    /** A comment about a rated department, as written. */
    record Comment(String department, String text) {
    }

    BilingualResults(ResultsReport report) {
        this.report = report;
        var campaign = report.campaign();
        var results = report.results();
        title = both("survey.export.title") + " · " + Bilingual.label(campaign.title().chinese(),
                campaign.title().english());
        columns = List.of(both("survey.export.column.group"), both("survey.export.column.name"),
                both("survey.export.column.respondents"), both("survey.export.column.satisfaction"),
                both("survey.export.column.standard"), both("survey.export.column.note"));

        header.add(new Line(both("survey.export.campaign"), Bilingual.sentence(campaign.title().chinese(),
                campaign.title().english())));
        header.add(new Line(both("survey.export.measures"), campaign.quarter()
                .map(q -> Bilingual.sentence(text(ZH, "survey.export.quarter", q.year(), q.quarter()),
                        text(EN, "survey.export.quarter", q.year(), q.quarter())))
                .orElseGet(() -> both("survey.export.ad-hoc"))));
        header.add(new Line(both("survey.export.window"), Bilingual.sentence(
                date(campaign.window().opensOn(), ZH) + " – " + date(campaign.window().closesOn(), ZH),
                date(campaign.window().opensOn(), EN) + " – " + date(campaign.window().closesOn(), EN))));
        header.add(new Line(both("survey.export.method"), sentence("survey.export.method." + campaign.method().name())));
        header.add(new Line(both("survey.export.minimum"), Bilingual.sentence(
                text(ZH, "survey.export.minimum.value", results.minimum()),
                text(EN, "survey.export.minimum.value", results.minimum()))));
        header.add(new Line(both("survey.export.standard"), Formatting.percent(
                STANDARD.doubleValue() / 100, 0, EN)));
        header.add(new Line(both("survey.export.written-on"), Bilingual.sentence(date(report.writtenOn(), ZH),
                date(report.writtenOn(), EN))));

        groups.add(row("survey.export.group.overall", both("survey.export.overall"), results.overall()));
        breakdown("survey.export.group.rated", results.rated());
        breakdown("survey.export.group.rater", results.raters());

        results.items().forEach((rated, breakdown) -> {
            var department = department(rated);
            for (var item : breakdown.groups()) {
                var code = ((ResultGroup.ItemOf) item.group()).item();
                items.add(row(department, itemText(code), item.figure()));
            }
        });
        results.comments().forEach((rated, found) -> {
            if (found.texts() instanceof Disclosed.Shown<List<String>>(List<String> texts)) {
                texts.forEach(text -> comments.add(new Comment(department(rated), text)));
            }
        });
    }

    private void breakdown(String kind, Breakdown breakdown) {
        for (var group : breakdown.groups()) {
            var department = switch (group.group()) {
                case ResultGroup.RatedDepartment(DepartmentId id) -> department(id);
                case ResultGroup.RaterDepartment(DepartmentId id) -> department(id);
                default -> throw new IllegalArgumentException("not a department's group: " + group.group());
            };
            groups.add(row(kind, department, group));
        }
        breakdown.others().ifPresent(figure -> groups.add(row(both(kind), both("survey.export.others"),
                new Disclosed.Shown<>(figure))));
    }

    private Row row(String kindKey, String name, GroupResult result) {
        return row(both(kindKey), name, result.figure());
    }

    private Row row(String kind, String name, Disclosed<Figure> figure) {
        return switch (figure) {
            case Disclosed.Shown<Figure>(Figure shown) -> new Row(kind, name, Optional.of(shown.respondents()),
                    Formatting.percent(shown.percent().doubleValue() / 100, 1, EN), Optional.of(shown.percent()),
                    Optional.of(shown.meets(STANDARD)),
                    sentence(shown.meets(STANDARD) ? "survey.export.meets" : "survey.export.below"));
            case Disclosed.Hidden<Figure>(int minimum, Disclosed.Why why) -> new Row(kind, name, Optional.empty(),
                    "—", Optional.empty(), Optional.empty(), Bilingual.sentence(
                    text(ZH, "survey.export.hidden." + why.name(), minimum),
                    text(EN, "survey.export.hidden." + why.name(), minimum)));
        };
    }

    /** The text of a meets/below verdict in the standard column. */
    String verdict(Row row) {
        return row.meets().map(m -> both(m ? "survey.export.verdict.meets" : "survey.export.verdict.below"))
                .orElse("—");
    }

    private String department(DepartmentId id) {
        var name = report.departments().get(id);
        return name == null ? id.toString() : Bilingual.label(name.chinese(), name.english());
    }

    private String itemText(ItemCode code) {
        return report.campaign().questionnaire().items().stream().filter(i -> i.code().equals(code)).findFirst()
                .map(LikertItem::text).map(BilingualResults::label).orElse(code.value());
    }

    private static String label(BilingualName name) {
        return Bilingual.label(name.chinese(), name.english());
    }

    String both(String key) {
        return Bilingual.label(text(ZH, key), text(EN, key));
    }

    private String sentence(String key) {
        return Bilingual.sentence(text(ZH, key), text(EN, key));
    }

    private String text(Locale locale, String key, Object... params) {
        return messages.text(key, locale, params);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
