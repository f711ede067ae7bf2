package dev.opscharter.adapters.ui.compliance;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §3: a case of one million events — nearly all of them by a role the step does not allow, so
 * nearly a million deviations — checked and opened in a JVM of 256 MB heap (this class runs alone in
 * the Failsafe execution {@code bounded-heap} with {@code -Xmx256m}). Its events and deviations reach
 * the view a page at a time; before, the view built a component per event and ran out of heap.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
// the views only: scanning every jar of the class path for routes alone takes more than the heap allows
@ViewPackages(packages = "dev.opscharter.adapters.ui")
class CaseOfAMillionEventsIT extends ViewTest {

    static final int EVENTS = 1_000_000;
    static final long HEAP_LIMIT = 256L << 20;

    @Autowired
    ProcessManual manual;
    @Autowired
    ExecutionRecords records;
    @Autowired
    Transactions transactions;
    @Autowired
    RunComplianceCheck run;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_case_of_a_million_events_is_judgedand_opens_with_a_256_mb_heap_a_page_at_a_time() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the Failsafe execution bounded-heap (-Xmx256m)")
                .isLessThanOrEqualTo(HEAP_LIMIT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var checked = new CheckedProcess("HUGE", new BilingualName("大案", "Huge"), Duration.ofDays(30))
                .step("T01", new BilingualName("登记", "Register"), "CLERK", null)
                .step("T02", new BilingualName("处理", "Handle"), "AGENT", null)
                .step("T04", new BilingualName("结案", "Close"), "AGENT", null)
                .event("SMALL", "T01", "CLERK", Duration.ZERO)
                .event("SMALL", "T04", "AGENT", Duration.ofHours(1))
                .checkedOnDay(2, 3, new CheckedProcess.Ports(manual, records, transactions, run, users));
        var t0 = checked.quarter().firstDay().plusDays(3).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        // one row, its arrays of a million events: T01 by the clerk, T02 by an intruder, T04 at the end
        jdbc.sql("""
                        insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                        select :process, 'BIG', min(t), max(t), count(*), array_agg(s order by n),
                               array_agg(r order by n), array_agg(t order by n)
                        from (select n,
                                     case n when 1 then 'T01' when :events then 'T04' else 'T02' end as s,
                                     case n when 1 then 'CLERK' when :events then 'AGENT' else 'INTRUDER' end as r,
                                     cast(:t0 as timestamptz) + n * interval '1 second' as t
                              from generate_series(1, :events) n) e""")
                .param("process", checked.code())
                .param("events", EVENTS)
                .param("t0", t0.atOffset(java.time.ZoneOffset.UTC))
                .update();
        long started = System.nanoTime();
        new SignedIn(users).as("manager", () -> {
            run.rerun(checked.check());
            return null;
        });
        long judged = System.nanoTime();

        UI.getCurrent().navigate("compliance/checks/" + checked.check() + "/cases/" + checked.code() + "/BIG");
        long opened = System.nanoTime();

        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Case BIG · " + checked.code());
        assertThat($(Div.class).id("case-verdict").getText()).isEqualTo("999,998 deviations");
        @SuppressWarnings("unchecked")
        Grid<ComplianceCheckQueries.TimelineEntry> timeline = $(Grid.class).id("case-timeline");
        assertThat(test(timeline).size()).isEqualTo(EVENTS);
        assertThat(test(timeline).getCellText(0, 0)).contains("T01 · Register", "by CLERK");
        var last = test(timeline).getCellText(EVENTS - 1, 0);
        assertThat(last).contains("T04 · Close", "by AGENT", "(+1 s)");
        var middle = test(timeline).getCellText(500_000, 0);
        assertThat(middle).contains("T02 · Handle", "by INTRUDER", "(+1 s)", "⚠");
        @SuppressWarnings("unchecked")
        Grid<Object> deviations = $(Grid.class).id("case-deviations");
        assertThat(test(deviations).size()).isEqualTo(EVENTS - 2);
        assertThat(test(deviations).getCellText(EVENTS - 3, 0)).contains("Wrong role", "INTRUDER");
        // whatever a client asks for, one fetch is one page
        assertThat(timeline.getDataProvider().fetch(new Query<>(0, EVENTS, List.of(), null, null)).count())
                .isEqualTo(PageRequest.MAX_LIMIT);
        assertThat(Runtime.getRuntime().totalMemory()).isLessThanOrEqualTo(HEAP_LIMIT);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "a case of {0} events: checked in {1} ms, opened in {2} ms, old generation at most {3} MB of {4} MB",
                EVENTS, (judged - started) / 1_000_000, (opened - judged) / 1_000_000,
                ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
