package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The collaboration satisfaction of a quarter the demo surveyed, as the manager reads it on the scorecard. */
@OpsCharterSpringTest
@WithUserDetails("manager")
class SurveyScorecardViewIT extends AppraisalViewTest {

    @Autowired
    Campaigns campaigns;

    @Test
    void a_surveyed_quarter_shows_the_satisfaction_from_its_campaign_typed_by_nobody_and_links_to_its_results() {
        // the demo surveyed the quarters before the last ended one; the one before it is not approved
        var quarter = Period.quarterOf(today()).previous().previous();
        var campaign = campaigns.ofQuarter(quarter).orElseThrow();
        open(quarter);

        assertThat(blockText("part-COLLABORATION_SATISFACTION-provenance")).contains("来自系统记录")
                .contains("协作满意度调研（当季结束的调研活动）");
        assertThat(shown("part-COLLABORATION_SATISFACTION-enter")).as("a surveyed quarter is not typed").isFalse();

        click("part-COLLABORATION_SATISFACTION-details");
        @SuppressWarnings("unchecked")
        Grid<Provenance.Evidence> evidence = $(Grid.class).id("part-details-evidence-0");
        var row = rowTexts(evidence, 0);
        assertThat(row.getFirst()).isEqualTo(campaign.title().chinese());
        assertThat(row.getLast()).startsWith("邀请 ").contains("人作答（回复率 ").endsWith("4、5 分答案占比");
        assertThat(test(evidence).getCellComponent(0, 0)).isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getHref()).isEqualTo("surveys/" + campaign.id() + "/results"));
    }
}
