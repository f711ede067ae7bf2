package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.in.RunSurveySchedule;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.SurveyWindow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.opscharter.domain.survey.SurveyPermission.MANAGE;

/**
 * The quarterly schedule, as the scheduler (audited as "scheduled"), on today in the organization's
 * time zone. Each run, in this order:
 * <ol>
 *   <li>closes the open campaigns whose window has ended (the closing day is then the window's last);</li>
 *   <li>makes the current quarter's campaign from the latest quarterly one ({@link Campaign#nextQuarter}),
 *       unless the quarter has one (also a cancelled one: a manager called it off) or the latest is not
 *       from an earlier quarter (a manager made it ahead); no past quarter is made up after an outage;</li>
 *   <li>opens the scheduled campaigns whose window has started (one made in step 2 too).</li>
 * </ol>
 * <p><b>The default window: the last {@value #WINDOW_DAYS} days of the quarter it measures.</b> By then
 * the respondents have worked with Operations for most of the quarter, and the campaign closes inside
 * that quarter, so the scorecard — which reads the campaigns closed in a quarter — has the quarter's
 * figure when the quarter ends, in time for its appraisal; a window after the quarter would put each
 * quarter's answers on the next quarter's scorecard. Made on the quarter's first run, the campaign sits
 * scheduled for weeks: managers can adjust it and invite before it opens.
 * <p>Idempotent: the quarter's campaign is looked up first and its id is derived from the quarter, so
 * two runs at once insert the same key and the second is refused; opening and closing save the version
 * they read, so a concurrent run's change is refused ({@link ConcurrentModification}), and the next
 * daily run finds nothing left to do. Each campaign is one transaction: one refused does not stop the others.
 */
public final class SurveySchedule implements RunSurveySchedule {

    /** How many days the default window lasts: the quarter's last two weeks. */
    public static final int WINDOW_DAYS = 14;

    private static final System.Logger LOG = System.getLogger(SurveySchedule.class.getName());

    private final Campaigns campaigns;
    private final UseCase uc;

    public SurveySchedule(Campaigns campaigns, UseCase uc) {
        this.campaigns = campaigns;
        this.uc = uc;
    }

    /** The default window of {@code quarter}'s campaign: its last {@value #WINDOW_DAYS} days. */
    public static SurveyWindow windowOf(Period.Quarter quarter) {
        return new SurveyWindow(quarter.lastDay().minusDays(WINDOW_DAYS - 1L), quarter.lastDay());
    }

    /** The id of the scheduler's campaign for {@code quarter}: the same in every run, so it is made once. */
    static CampaignId scheduledId(Period.Quarter quarter) {
        return new CampaignId(UUID.nameUUIDFromBytes(("survey-schedule/" + quarter.key())
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Result run() {
        // not a permission any user holds: only the scheduler runs the schedule
        if (!(uc.actor() instanceof Actor.Scheduler)) {
            throw new AccessDenied("only the scheduler runs the survey schedule");
        }
        var today = uc.calendar().today();
        int closed = each(CampaignState.OPEN, today, (me, c) -> c.close(me, today, c.version()));
        int created = createCurrent(today) ? 1 : 0;
        int opened = each(CampaignState.SCHEDULED, today, (me, c) -> c.open(me, today, c.version()));
        return new Result(created, opened, closed);
    }

    private boolean createCurrent(LocalDate today) {
        var quarter = Period.quarterOf(today);
        try {
            return uc.write(MANAGE, () -> {
                if (campaigns.ofQuarter(quarter).isPresent()) {
                    return false;
                }
                var template = campaigns.latestQuarterly()
                        .filter(last -> last.quarter().orElseThrow().firstDay().isBefore(quarter.firstDay()));
                if (template.isEmpty()) {
                    return false;
                }
                var next = Campaign.nextQuarter(template.get(), quarter, windowOf(quarter));
                uc.created(CampaignService.TYPE, campaigns.save(withId(next, scheduledId(quarter))));
                return true;
            });
        } catch (ConcurrentModification anotherRun) {
            LOG.log(System.Logger.Level.INFO, "survey schedule: the campaign of {0} was made by another run",
                    quarter.key());
            return false;
        }
    }

    /** Opens or closes every due campaign, each in its own transaction, as the version this run read. */
    private int each(CampaignState state, LocalDate today, BiFunction<Actor, Campaign, Campaign> step) {
        int done = 0;
        for (var due : uc.read(MANAGE, () -> campaigns.due(state, today))) {
            try {
                uc.change(MANAGE, CampaignService.TYPE, campaigns, due.id(), due.version(), AuditAction.UPDATE, step);
                done++;
            } catch (ConcurrentModification | RuleViolation refused) {
                // changed by another run or a manager meanwhile, or (a scheduled one whose window ended while
                // the schedule did not run) no longer allowed: left for the manager, who sees why
                LOG.log(System.Logger.Level.INFO, "survey schedule: campaign {0} left {1}: {2}", due.id(), state,
                        refused);
            }
        }
        return done;
    }

    private static Campaign withId(Campaign c, CampaignId id) {
        return Campaign.reconstitute(id, c.title(), c.quarter(), c.window(), c.questionnaire(), c.invited(),
                c.scope(), c.method(), c.minimumGroup(), c.state(), c.closedOn(), c.createdBy(), c.version());
    }
}
