package dev.opscharter.application.survey.service;

import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.RespondentsRejected.Problem;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.fakes.ListRows;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds of an uploaded list of respondents: each refused by its first row that passes it. */
class RespondentListTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final RespondentList list = new RespondentList(survey.org.departments.all(),
            Set.of(survey.finance.id(), survey.hr.id()), Language.ZH_CN);

    private static Problem onlyProblem(ListRows rows, RespondentList list) {
        var rejected = (RespondentsRejected) org.assertj.core.api.Assertions.catchThrowable(() -> list.read(() -> rows));
        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).hasSize(1);
        assertThat(rows.closed()).isTrue();
        return rejected.problems().getFirst();
    }

    private static List<String> rows(int respondents) {
        var lines = new ArrayList<String>();
        lines.add("name,email,department");
        for (int i = 0; i < respondents; i++) {
            lines.add("Person " + i + ",p" + i + "@corp.cn,FINANCE");
        }
        return lines;
    }

    @Test
    void five_thousand_respondents_are_read() {
        assertThat(list.read(() -> new ListRows(rows(RespondentList.MAX_ROWS)))).hasSize(RespondentList.MAX_ROWS);
    }

    @Test
    void one_more_row_is_refused_at_that_row() {
        var problem = onlyProblem(new ListRows(rows(RespondentList.MAX_ROWS + 1)), list);
        assertThat(problem).isEqualTo(new Problem(RespondentList.MAX_ROWS + 2, "survey.invite.refused.too-many-rows",
                List.of(RespondentList.MAX_ROWS)));
    }

    @Test
    void a_row_with_too_many_columns_is_refused() {
        var wide = "a,b@corp.cn,FINANCE" + ",x".repeat(RespondentList.MAX_COLUMNS);
        var problem = onlyProblem(ListRows.of("name,email,department", wide), list);
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.messageKey()).isEqualTo("survey.invite.refused.too-many-columns");
    }

    @Test
    void a_cell_longer_than_an_address_may_be_is_refused_with_its_column() {
        var problem = onlyProblem(ListRows.of("name,email,department",
                "x".repeat(RespondentList.MAX_CELL + 1) + ",a@corp.cn,FINANCE"), list);
        assertThat(problem).isEqualTo(new Problem(2, "survey.invite.refused.cell-too-long",
                List.of(1, RespondentList.MAX_CELL)));
    }

    @Test
    void a_header_without_a_required_column_is_refused() {
        var problem = onlyProblem(ListRows.of("name,mail,department", "a,a@corp.cn,FINANCE"), list);
        assertThat(problem).isEqualTo(new Problem(1, "survey.invite.refused.missing-column", List.of("email")));
    }

    @Test
    void an_empty_file_or_a_header_alone_is_refused() {
        assertThat(onlyProblem(ListRows.of(), list).messageKey()).isEqualTo("survey.invite.refused.empty");
        assertThat(onlyProblem(ListRows.of("name,email,department"), list).messageKey())
                .isEqualTo("survey.invite.refused.empty");
    }

    @Test
    void columns_are_found_by_their_header_in_any_order_and_missing_trailing_cells_are_empty() {
        var read = list.read(() -> ListRows.of("Department,E-Mail,Name,Language", "hr,a@corp.cn,A,EN",
                "Finance部,b@corp.cn,B"));
        assertThat(read).extracting(RespondentList.Uploaded::department, RespondentList.Uploaded::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(survey.hr.id(), Language.EN),
                        org.assertj.core.groups.Tuple.tuple(survey.finance.id(), Language.ZH_CN));
    }

    @Test
    void problems_reported_are_bounded() {
        var lines = new ArrayList<String>();
        lines.add("name,email,department");
        for (int i = 0; i < 200; i++) {
            lines.add("P,bad,FINANCE");
        }
        assertThatThrownBy(() -> list.read(() -> new ListRows(lines))).isInstanceOf(RespondentsRejected.class)
                .satisfies(e -> assertThat(((RespondentsRejected) e).problems())
                        .hasSize(RespondentsRejected.MAX_PROBLEMS));
    }
}
