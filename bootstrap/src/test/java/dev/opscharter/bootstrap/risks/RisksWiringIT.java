package dev.opscharter.bootstrap.risks;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.service.RiskFigureService;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register's use cases on their PostgreSQL stores, the charter's work items and the inbox: a breaching
 * figure raises the contingency plan once however often it is recorded, and tells the owner once. The database
 * is shared: codes and the category are unique to this run.
 */
@OpsCharterSpringTest
class RisksWiringIT {

    @Autowired
    ManageRisks manage;
    @Autowired
    RiskQueries queries;
    @Autowired
    RecordRiskFigures figures;
    @Autowired
    WorkItems workItems;
    @Autowired
    InboxStore inbox;
    @Autowired
    UserDetailsService users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @BeforeEach
    void signInAsTheManager() {
        new SignedIn(users).switchTo("manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<InboxEntry> told(String recipient, RiskId risk) {
        return inbox.forRecipient(recipient, 500).stream()
                .filter(e -> e.link().equals(RiskFigureService.LINK + risk)).toList();
    }

    @Test
    void a_breaching_figure_recorded_twice_raises_the_plan_once_and_tells_the_owner_once() {
        var risk = manage.identify(RequestKey.fresh(), new NewRisk("R-" + suffix, "供应商交付延迟 " + suffix,
                "SUPPLY-" + suffix, "specialist", new RiskRating(3, 3), "双供应商", "启用备选供应商"));
        var indicator = manage.addIndicator(risk, new NewIndicator("供应商延迟交付率",
                new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("10")), FigureSource.entered()),
                queries.risk(risk).record().version());
        var month = YearMonth.of(2026, 4);

        var first = figures.record(risk, indicator, month, new BigDecimal("12.5"));
        var again = figures.record(risk, indicator, month, new BigDecimal("13"));

        assertThat(first).isPresent();
        assertThat(again).isEqualTo(first);
        assertThat(workItems.byId(first.orElseThrow())).hasValueSatisfying(item -> {
            assertThat(item.dutyType().code()).isEqualTo(RiskFigureService.RISK_DUTY);
            assertThat(item.description()).contains("启用备选供应商", "12.5");
        });
        assertThat(told("specialist", risk)).singleElement()
                .satisfies(e -> assertThat(e.subjectKey()).isEqualTo("notification.risk.threshold-breached"));
        assertThat(queries.figures(risk)).singleElement().satisfies(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("13");
            assertThat(figure.breached()).isTrue();
        });
        assertThat(figures.record(risk, indicator, month, new BigDecimal("9"))).isEqualTo(Optional.empty());
    }

    @Test
    void the_register_pages_counts_and_maps_what_its_filter_lets_through() {
        var category = "CAT-" + suffix;
        for (var rating : List.of(new RiskRating(5, 4), new RiskRating(1, 2), new RiskRating(5, 4))) {
            manage.identify(RequestKey.fresh(), new NewRisk("R-" + UUID.randomUUID().toString().substring(0, 8),
                    "风险 " + suffix, category, "manager", rating, "", ""));
        }
        var filter = new RiskFilter(Optional.empty(), Optional.empty(), Optional.of(category), Optional.empty(), "");

        assertThat(queries.count(filter)).isEqualTo(3);
        assertThat(queries.risks(filter, PageRequest.first(2))).hasSize(2);
        var map = queries.heatMap(filter);
        assertThat(map.count(5, 4)).isEqualTo(2);
        assertThat(map.count(1, 2)).isEqualTo(1);
        assertThat(map.total()).isEqualTo(3);
    }
}
