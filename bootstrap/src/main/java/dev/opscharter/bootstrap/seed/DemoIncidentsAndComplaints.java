package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Demo mode: the incidents and complaints of the quarters {@link DemoTargets} keeps actuals for, so the scorecard's
 * risk control and major complaint rate come from records there ({@link DemoWorkAndFigures}, next, types them only
 * before). Five incidents a quarter, two of them major complaints, all handled in time, but: the running quarter's
 * order surge had a late step, and an incident two quarters before the last ended one was ruled a major operational
 * accident. The quarter that ended last holds: every incident in time, no accident, few major complaints.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoIncidentsAndComplaints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIncidentsAndComplaints.class);
    private static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    private static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    private static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    private final Incidents incidents;
    private final IncidentTypes types;
    private final Complaints complaints;
    private final SettingsStore settings;
    private final Clock clock;

    DemoIncidentsAndComplaints(Incidents incidents, IncidentTypes types, Complaints complaints, SettingsStore settings,
                               Clock clock) {
        this.incidents = incidents;
        this.types = types;
        this.complaints = complaints;
        this.settings = settings;
        this.clock = clock;
    }

    /** The quarters whose risk control and major complaint rate the demo keeps records for: not typed as well. */
    static List<Period.Quarter> quarters(LocalDate today) {
        return DemoTargets.quarters(today);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (incidents.count(IncidentFilter.ALL) > 0) {
            return;
        }
        var zone = settings.load().timeZone();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, zone);
        seedIncidentsAndComplaints(quarters(today), today, now, zone);
        log.info("Demo incidents and complaints seeded for {} to {}", quarters(today).getFirst(),
                quarters(today).getLast());
    }

    /**
     * Five incidents a quarter (two of them major complaints) handled in time, a day's complaints every day. Written
     * through the stores, backdated: the use cases stamp "now".
     */
    private void seedIncidentsAndComplaints(List<Period.Quarter> quarters, LocalDate today, Instant now, ZoneId zone) {
        var system = types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow();
        var surge = types.byCode(IncidentType.ORDER_SURGE).orElseThrow();
        var complaint = types.byCode(IncidentType.MAJOR_COMPLAINT).orElseThrow();
        var accidentQuarter = quarters.get(Math.max(0, quarters.size() - 4));
        for (var quarter : quarters) {
            var start = quarter.firstDay();
            handled(system, "订单系统支付回调超时 / Payment callbacks time out", at(start.plusDays(9), 10, zone), now,
                    quarter.equals(accidentQuarter) ? null : Boolean.FALSE);
            handled(surge, "直播带货订单激增 / Order surge from a live stream", at(start.plusDays(38), 20, zone), now, null);
            if (quarter.equals(accidentQuarter)) {
                var accident = handled(system, "华东仓 WMS 宕机 9 小时，大促订单积压 / East China WMS down for 9 hours",
                        at(start.plusDays(52), 9, zone), now, Boolean.TRUE);
                log.debug("Demo major accident {}", accident);
            }
            for (var offset : new int[]{20, 61}) {
                var day = start.plusDays(offset);
                if (day.isBefore(today)) {
                    var incident = handled(complaint, "大客户投诉配送损毁 / A key account complains of damaged goods",
                            at(day, 14, zone), now, null);
                    if (incident != null) {
                        complaints.saveMajor(new MajorComplaint(MajorComplaintId.random(), day,
                                "大客户投诉配送损毁 / A key account complains of damaged goods",
                                "金额超 5 万元且威胁终止合作 / Over ¥50 000 at stake and the account threatens to leave",
                                "specialist", at(day, 14, zone), incident.id()));
                    }
                }
            }
            for (var day = start; day.isBefore(quarter.endExclusive()) && day.isBefore(today); day = day.plusDays(1)) {
                long total = 12 + Math.floorMod(day.toEpochDay() * 7919, 9);
                long major = day.equals(start.plusDays(20)) || day.equals(start.plusDays(61)) ? 1 : 0;
                complaints.saveDay(new ComplaintCount(day, total, major));
            }
        }
        lateInRunningQuarter(surge, quarters.getLast(), now, zone);
    }

    /**
     * An incident handled step by step in time (cause 1 h, measure 2 h, notice 2 h, post-mortem 2 days after the
     * step before); the steps not yet due by now are left to do. Null when it would be reported after now.
     */
    private Incident handled(IncidentType type, String title, Instant reported, Instant now, Boolean majorAccident) {
        if (!reported.isBefore(now)) {
            return null;
        }
        var incident = Incident.report(type, title, SPECIALIST, reported);
        var at = reported.plus(Duration.ofHours(1));
        var steps = List.<StepRecord>of(new StepRecord.Cause("回调队列积压，线程池耗尽 / A backed-up queue, no threads left"),
                new StepRecord.Measure("扩容并限流，人工补单 / Scaled out, throttled, orders re-entered by hand"),
                new StepRecord.Notified(List.of("销售部 / Sales", "客服部 / Customer Service")),
                new StepRecord.PostMortem("根因已消除，演练纳入季度计划 / Root cause removed; a drill joins the quarterly plan",
                        List.of()));
        Duration[] gaps = {Duration.ZERO, Duration.ofHours(2), Duration.ofHours(2), Duration.ofDays(2)};
        for (int i = 0; i < steps.size(); i++) {
            at = at.plus(gaps[i]);
            if (!at.isBefore(now)) {
                break;
            }
            incident = incident.done(steps.get(i), i % 2 == 0 ? SPECIALIST : MANAGER, at);
        }
        if (majorAccident != null && incident.finished()) {
            incident = incident.rule(majorAccident, DIRECTOR, at.plus(Duration.ofDays(1)));
        }
        return incidents.save(incident);
    }

    /** The running quarter's order surge whose emergency measure came two hours past its limit. */
    private void lateInRunningQuarter(IncidentType surge, Period.Quarter running, Instant now, ZoneId zone) {
        var quarterStart = running.firstDay().atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(30));
        var reported = now.minus(Duration.ofDays(5)).isAfter(quarterStart) ? now.minus(Duration.ofDays(5)) : quarterStart;
        var incident = Incident.report(surge, "双十二预售订单激增，仓配超负荷 / Pre-sale surge overloads the warehouse",
                SPECIALIST, reported);
        var cause = reported.plus(Duration.ofHours(2));
        var measure = cause.plus(surge.limits().limit(IncidentStep.EMERGENCY_MEASURE))
                .plus(Duration.ofHours(2));
        if (cause.isBefore(now)) {
            incident = incident.done(new StepRecord.Cause("预售尾款集中支付 / Pre-sale balances paid at once"), SPECIALIST, cause);
        }
        if (measure.isBefore(now)) {
            incident = incident.done(new StepRecord.Measure("启用第二仓，延长发货承诺 / Second warehouse opened, "
                    + "delivery promise extended"), MANAGER, measure);
        }
        incidents.save(incident);
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
