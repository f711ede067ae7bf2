package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.in.TeamQueries.Member;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.team.AppraisalResult;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Recording a person's appraisal result of a quarter, once per form (its request key), and correcting a score. The
 * reviewer is the signed-in user unless another is chosen; the pass mark is the use case's. {@code done} runs after
 * every attempt. Ids: {@code team-appraisal-person}, {@code team-appraisal-score}, {@code team-appraisal-reviewer}
 * and the dialogs {@code team-appraisal-*}, {@code team-appraisal-fix-*}.
 */
final class AppraisalForms {

    private final Component screen;
    private final RecordAppraisals record;
    private final TeamQueries queries;
    private final TeamTexts texts;
    private final Member me;
    private final Runnable done;

    AppraisalForms(Component screen, RecordAppraisals record, TeamQueries queries, TeamTexts texts, Member me,
                   Runnable done) {
        this.screen = screen;
        this.record = record;
        this.queries = queries;
        this.texts = texts;
        this.me = me;
        this.done = done;
    }

    void record(Period.Quarter quarter) {
        var staff = queries.staff();
        var person = new ComboBox<Member>(texts.t("team.appraisal.person"));
        person.setId("team-appraisal-person");
        person.setItems(staff);
        person.setItemLabelGenerator(Member::name);
        person.setRequiredIndicatorVisible(true);
        var score = score(null);
        var reviewer = reviewer(staff, me);
        var errors = new FormErrors(screen).bind("person", person).bind("score", score).bind("reviewer", reviewer);
        var request = RequestKey.fresh();
        var form = new FormLayout(person, score, reviewer);
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t("team.appraisal.record.title", texts.quarter(quarter)), texts.t("action.save"),
                "team-appraisal", form, () -> Attempt.run(screen, errors, "team.appraisal.recorded.done",
                () -> record.record(request, Require.present(person.getValue(), "person").id(), quarter,
                        value(score), Require.present(reviewer.getValue(), "reviewer").id()), done)).open();
    }

    void correct(AppraisalResult result) {
        var score = score(result.score());
        var reviewer = reviewer(queries.staff(), new Member(result.reviewer(), texts.person(result.reviewer())));
        var errors = new FormErrors(screen).bind("score", score).bind("reviewer", reviewer);
        var form = new FormLayout(score, reviewer);
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t("team.appraisal.correct.title", texts.person(result.person())),
                texts.t("action.save"), "team-appraisal-fix", form, () -> Attempt.run(screen, errors,
                "team.appraisal.corrected", () -> record.correct(result.id(), value(score),
                        Require.present(reviewer.getValue(), "reviewer").id(), result.version()), done)).open();
    }

    private IntegerField score(@Nullable Integer value) {
        var score = new IntegerField(texts.t("team.appraisal.score"));
        score.setId("team-appraisal-score");
        score.setMin(0);
        score.setMax(AppraisalResult.MAX_SCORE);
        score.setRequiredIndicatorVisible(true);
        score.setHelperText(texts.t("team.appraisal.score.help", AppraisalResult.MAX_SCORE));
        if (value != null) {
            score.setValue(value);
        }
        return score;
    }

    /** The staff and {@code chosen} (the signed-in user, or the reviewer before), who is chosen. */
    private ComboBox<Member> reviewer(List<Member> staff, Member chosen) {
        var reviewers = new ArrayList<>(staff);
        if (reviewers.stream().noneMatch(m -> m.id().equals(chosen.id()))) {
            reviewers.addFirst(chosen);
        }
        var reviewer = new ComboBox<Member>(texts.t("team.appraisal.reviewer"));
        reviewer.setId("team-appraisal-reviewer");
        reviewer.setItems(reviewers);
        reviewer.setItemLabelGenerator(Member::name);
        reviewer.setRequiredIndicatorVisible(true);
        reviewers.stream().filter(m -> m.id().equals(chosen.id())).findFirst().ifPresent(reviewer::setValue);
        return reviewer;
    }

    private static int value(IntegerField score) {
        return Require.present(score.getValue(), "score");
    }
}
