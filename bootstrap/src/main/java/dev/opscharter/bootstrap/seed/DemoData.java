package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo mode ({@code opscharter.demo=true}, the README's run command): a believable company with
 * an Operations department, the other departments' people, and one signed-in user per role.
 * Runs once, on an empty organization; everything goes through the use cases and is audited.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoData implements ApplicationRunner {

    /** Documented in the README; demo mode only. */
    static final String DEMO_PASSWORD = "opscharter-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DepartmentQueries departments;
    private final ManagePeople people;
    private final ManageUserAccounts accounts;
    private final UserAccountQueries accountQueries;
    private final ManageSettings settings;
    private final Clock clock;
    private final DemoSurveys surveys;

    DemoData(DepartmentQueries departments, ManagePeople people, ManageUserAccounts accounts,
             UserAccountQueries accountQueries, ManageSettings settings, Clock clock, DemoSurveys surveys) {
        this.surveys = surveys;
        this.settings = settings;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTasks.asSystem(() -> {
            if (!accountQueries.all().isEmpty()) {
                return;
            }
            seed();
            log.info("Demo data seeded: sign in as director, manager, specialist, sales.lead, it.lead, finance.lead, auditor or admin "
                    + "with the password '{}'", DEMO_PASSWORD);
        });
    }

    private void seed() {
        var organization = settings.current();
        settings.change("华东示例集团 Demo Group", organization.timeZone(), organization.version());
        Map<String, Department> byCode = departments.all().stream()
                .collect(Collectors.toMap(d -> d.code().value(), d -> d));
        var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

        user("director", Language.ZH_CN, person("王建国", "wang.jianguo", byCode.get("EXECUTIVE"),
                EnumSet.of(Role.OPS_DIRECTOR), true, today.minusYears(9)));
        user("manager", Language.ZH_CN, person("李明", "li.ming", byCode.get("OPERATIONS"),
                EnumSet.of(Role.OPS_MANAGER), true, today.minusYears(6)));
        user("specialist", Language.ZH_CN, person("张晓雨", "zhang.xiaoyu", byCode.get("OPERATIONS"),
                EnumSet.of(Role.OPS_SPECIALIST), true, today.minusYears(3)));
        user("sales.lead", Language.ZH_CN, person("陈立华", "chen.lihua", byCode.get("SALES"),
                EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(7)));
        user("auditor", Language.ZH_CN, person("刘芳", "liu.fang", byCode.get("INTERNAL_AUDIT"),
                EnumSet.of(Role.AUDITOR), false, today.minusYears(4)));
        user("admin", Language.EN, person("Alex Morgan", "alex.morgan", byCode.get("IT"),
                EnumSet.of(Role.ADMIN), false, today.minusYears(2)));

        // the rest of the operations team and the other departments' leads and staff
        person("赵磊", "zhao.lei", byCode.get("OPERATIONS"), EnumSet.of(Role.OPS_SPECIALIST), true, today.minusYears(2));
        person("孙婷", "sun.ting", byCode.get("OPERATIONS"), EnumSet.of(Role.OPS_SPECIALIST), false, today.minusMonths(8));
        person("周杰", "zhou.jie", byCode.get("OPERATIONS"), Set.of(), false, today.minusMonths(14));
        person("吴静", "wu.jing", byCode.get("MARKETING"), EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(5));
        person("郑伟", "zheng.wei", byCode.get("PRODUCT"), EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(4));
        user("it.lead", Language.ZH_CN, person("冯刚", "feng.gang", byCode.get("IT"),
                EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(8)));
        user("finance.lead", Language.ZH_CN, person("何丽", "he.li", byCode.get("FINANCE"),
                EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(10)));
        person("许娜", "xu.na", byCode.get("HR"), EnumSet.of(Role.DEPARTMENT_LEAD), true, today.minusYears(6));
        person("马超", "ma.chao", byCode.get("CUSTOMER_SERVICE"), EnumSet.of(Role.DEPARTMENT_LEAD), true,
                today.minusYears(3));
        person("朱红", "zhu.hong", byCode.get("SUPPLY_CHAIN"), EnumSet.of(Role.DEPARTMENT_LEAD), true,
                today.minusYears(5));
        person("胡斌", "hu.bin", byCode.get("SALES"), Set.of(), false, today.minusYears(1));
        person("郭敏", "guo.min", byCode.get("SALES"), Set.of(), false, today.minusMonths(20));
        person("林涛", "lin.tao", byCode.get("CUSTOMER_SERVICE"), Set.of(), false, today.minusMonths(30));
        person("高峰", "gao.feng", byCode.get("FRONTLINE"), Set.of(), false, today.minusYears(2));
        person("罗云", "luo.yun", byCode.get("FRONTLINE"), Set.of(), false, today.minusMonths(7));

        // a core operations specialist who left earlier this quarter: the retention figure must see her
        var leaver = person("黄蕾", "huang.lei", byCode.get("OPERATIONS"), EnumSet.of(Role.OPS_SPECIALIST), true,
                today.minusYears(4));
        var quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        var leftOn = today.minusDays(10).isBefore(quarterStart) ? quarterStart : today.minusDays(10);
        people.recordDeparture(leaver, leftOn, 1);

        // before the figures are entered and approved: the surveyed quarters' satisfaction comes from them
        surveys.seed(today, byCode);
    }

    private PersonId person(String name, String mailbox, Department department,
                                                               Set<Role> roles, boolean core, LocalDate joined) {
        return people.hire(new PersonDraft(name, mailbox + "@example.com", department.id(), roles, core, joined));
    }

    private void user(String username, Language language, PersonId person) {
        accounts.open(person, username, DEMO_PASSWORD, language);
    }
}
