package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.appraisal.port.in.ApproveScorecards;
import dev.opscharter.application.appraisal.port.in.ManageStandards;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.appraisal.Basis;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the appraisal view tests share: figures entered through the use cases as a demo user, the
 * scorecard of a chosen period opened by its address, and reading the page as a user does. Each
 * test uses periods of its own (long past quarters no demo data touches), so the tests do not depend
 * on each other or on their order.
 */
abstract class AppraisalViewTest extends ViewTest {

    static final String REASON = "经营分析会数据";

    @Autowired
    ScorecardQueries scorecards;
    @Autowired
    RecordFigures figures;
    @Autowired
    ApproveScorecards approvals;
    @Autowired
    ManageStandards standards;
    @Autowired
    ManageSettings settings;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** Opens the scorecard of a period by its address, as a link would. */
    ScorecardView open(Period period) {
        UI.getCurrent().navigate(ScorecardView.class, QueryParameters.of(ScorecardView.PERIOD_PARAMETER, period.key()));
        return (ScorecardView) getCurrentView();
    }

    /** Enters (or replaces) a figure as {@code username}, through the use case; returns the entry. */
    ManualEntry entered(String username, Part part, Period period, Measurement measurement,
                        Optional<UUID> attachment) {
        return as(username, () -> {
            long version = scorecards.manualEntry(part, period).map(ManualEntry::version).orElse(0L);
            figures.enter(part, period, measurement, REASON, attachment, version);
            return scorecards.manualEntry(part, period).orElseThrow();
        });
    }

    ManualEntry entered(String username, Part part, Period period, String amount) {
        return entered(username, part, period, new Measurement.Amount(new BigDecimal(amount)), Optional.empty());
    }

    /**
     * Figures that meet the charter's standard for every part of the quarter that has none yet, as
     * the manager: the director may then approve it. Core staff retention comes from the people
     * records, so the quarter must lie where the demo's operations staff were employed.
     */
    void completed(Period.Quarter quarter) {
        var missing = as("manager", () -> scorecards.scorecard(quarter).scorecard().partsWithoutData());
        missing.stream().filter(part -> part.basis() == Basis.QUARTER)
                .forEach(part -> entered("manager", part, quarter, part.charterThreshold().toPlainString()));
        assertThat(as("manager", () -> scorecards.scorecard(quarter).scorecard().partsWithoutData()))
                .as("complete").isEmpty();
    }

    /** Runs use cases as another user, as if in another session; the signed-in user stays. */
    <T> T as(String username, Supplier<T> work) {
        return new SignedIn(users).as(username, work);
    }

    /** From now on in this test, {@code username} is the signed-in user (the next navigation shows it). */
    void signInAs(String username) {
        new SignedIn(users).switchTo(username);
    }

    /**
     * A quarter in {@code fromYear}..{@code toYear} that nobody approved yet, picked at random so
     * that a test that approves one also passes against a database kept from an earlier run.
     */
    Period.Quarter unapprovedQuarter(int fromYear, int toYear) {
        var quarters = new ArrayList<Period.Quarter>();
        for (int year = fromYear; year <= toYear; year++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(new Period.Quarter(year, q));
            }
        }
        Collections.shuffle(quarters);
        return as("director", () -> quarters.stream()
                .filter(q -> scorecards.scorecard(q).approval().isEmpty()).findFirst().orElseThrow());
    }

    LocalDate today() {
        return LocalDate.now(settings.current().timeZone());
    }

    String text(String id) {
        return $(Span.class).id(id).getText();
    }

    /** The text a user reads in a block, its children's texts joined. */
    String blockText(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    boolean shown(String buttonId) {
        return $(Button.class).withId(buttonId).exists();
    }

    Dialog dialog(String id) {
        return $(Dialog.class).id(id);
    }


    /** Every "Enter figure" button on the page. */
    List<Button> enterButtons() {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").endsWith("-enter")).toList();
    }
}
