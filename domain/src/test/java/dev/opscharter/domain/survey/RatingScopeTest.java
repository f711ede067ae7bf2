package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.RatingScope.Pair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingScopeTest {

    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final DepartmentId FINANCE = DepartmentId.random();
    private static final DepartmentId HR = DepartmentId.random();
    private static final DepartmentId IT = DepartmentId.random();
    private static final List<DepartmentId> INVITED = List.of(FINANCE, HR, IT);

    @Test
    void by_default_every_invited_department_rates_operations_only() {
        assertThat(RatingScope.OPERATIONS.pairs(INVITED, OPERATIONS)).containsExactly(
                new Pair(FINANCE, OPERATIONS), new Pair(HR, OPERATIONS), new Pair(IT, OPERATIONS));
        assertThat(RatingScope.OPERATIONS.ratedBy(HR, INVITED, OPERATIONS)).containsExactly(OPERATIONS);
    }

    @Test
    void mutually_each_rates_operations_first_and_then_every_other_invited_department_never_itself() {
        assertThat(RatingScope.MUTUAL.ratedBy(HR, INVITED, OPERATIONS)).containsExactly(OPERATIONS, FINANCE, IT);
        var pairs = RatingScope.MUTUAL.pairs(INVITED, OPERATIONS);
        assertThat(pairs).hasSize(3 * 3).doesNotHaveDuplicates()
                .noneMatch(p -> p.rater().equals(p.rated()))
                .noneMatch(p -> p.rater().equals(OPERATIONS));
    }

    @Test
    void operations_is_never_among_the_invited_and_only_invited_departments_rate() {
        assertRejected(() -> RatingScope.OPERATIONS.pairs(List.of(FINANCE, OPERATIONS), OPERATIONS), "departments",
                "validation.survey.operations-invited");
        assertThatThrownBy(() -> RatingScope.MUTUAL.ratedBy(DepartmentId.random(), INVITED, OPERATIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
