package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.organization.port.in.DashboardQueries.Attention;
import dev.opscharter.application.organization.port.in.DashboardQueries.AttentionKind;
import dev.opscharter.application.organization.port.in.DashboardQueries.Headcount;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;

import static dev.opscharter.application.organization.OrganizationFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardServiceTest {

    private static final LocalDate LAST_MONTH = LocalDate.of(2026, 4, 20);

    private final OrganizationFixture org = new OrganizationFixture();
    private final DashboardService service = org.dashboardService();

    static Stream<Actor> directorAndManager() {
        return Actors.eachOf(Role.OPS_DIRECTOR, Role.OPS_MANAGER);
    }

    static Stream<Actor> usersWithoutAttentionItems() {
        return Stream.concat(Actors.eachOf(Role.OPS_SPECIALIST, Role.DEPARTMENT_LEAD, Role.AUDITOR),
                Stream.of(Actors.holding()));
    }

    /** An organization with one of each thing an administrator should look at. */
    @Nested
    class An_untidy_organization {

        private final Department operations = org.department("OPS", DepartmentKind.OPERATIONS);
        private final Department finance = org.department("FINANCE");
        private final Department hr = org.department("HR");

        An_untidy_organization() {
            var liWei = org.person("Li Wei", operations).roles(Role.OPS_MANAGER).coreStaff().save();
            var zhaoLei = org.person("Zhao Lei", operations).roles(Role.OPS_SPECIALIST).coreStaff().save();
            var wangFang = org.person("Wang Fang", operations).roles(Role.OPS_SPECIALIST).coreStaff()
                    .leftOn(LAST_MONTH).save();
            org.person("Chen Jing", finance).roles(Role.DEPARTMENT_LEAD).save();
            org.person("Sun Li", finance).save();
            var legacy = org.inactiveDepartment("LEGACY");
            org.person("Zhou Min", legacy).save();
            org.account(liWei, "li.wei");
            org.accountLockedUntil(zhaoLei, "zhao.lei", NOW.plusSeconds(300));
            org.account(wangFang, "wang.fang");
        }

        @Test
        void the_counts_cover_active_departments_and_people_and_all_accounts() {
            var dashboard = service.forCurrentUser();

            assertThat(dashboard.activeDepartments()).isEqualTo(3);
            assertThat(dashboard.activePeople()).isEqualTo(5);
            assertThat(dashboard.coreStaff()).isEqualTo(2);
            assertThat(dashboard.userAccounts()).isEqualTo(3);
            assertThat(dashboard.headcount()).containsExactly(
                    new Headcount(operations, 2), new Headcount(finance, 2), new Headcount(hr, 0));
        }

        @Test
        void the_dashboard_names_the_organization_its_time_zone_and_the_user() {
            org.actAs("li.wei", Role.OPS_MANAGER);

            var dashboard = service.forCurrentUser();

            assertThat(dashboard.organizationName()).isEqualTo("OpsCharter");
            assertThat(dashboard.zoneId()).isEqualTo("Asia/Shanghai");
            assertThat(dashboard.userName()).isEqualTo("Li Wei");
            assertThat(dashboard.userDepartment()).contains(operations);
            assertThat(dashboard.roles()).containsExactly(Role.OPS_MANAGER);
        }

        @Test
        void a_user_without_an_account_is_greeted_by_their_sign_in_name() {
            assertThat(service.forCurrentUser().userName()).isEqualTo("admin");
            assertThat(service.forCurrentUser().userDepartment()).isEmpty();
        }

        @Test
        void an_admin_sees_locked_accounts_leavers_accounts_staff_without_account_and_empty_departments() {
            assertThat(service.forCurrentUser().attention()).containsExactly(
                    new Attention(AttentionKind.LOCKED_ACCOUNTS, 1, "admin/accounts"),
                    new Attention(AttentionKind.ENABLED_ACCOUNTS_OF_LEAVERS, 1, "admin/accounts"),
                    new Attention(AttentionKind.STAFF_WITHOUT_ACCOUNT, 1, "admin/people"),
                    new Attention(AttentionKind.DEPARTMENTS_WITHOUT_PEOPLE, 1, "admin/departments"));
        }

        @Test
        void a_lock_that_has_expired_needs_no_attention() {
            org.clock.set(NOW.plusSeconds(300));

            assertThat(service.forCurrentUser().attention()).extracting(Attention::kind)
                    .doesNotContain(AttentionKind.LOCKED_ACCOUNTS);
        }

        @ParameterizedTest
        @MethodSource("dev.opscharter.application.organization.service.DashboardServiceTest#directorAndManager")
        void the_director_and_the_manager_see_the_core_staff_who_left_this_quarter_and_nothing_else(Actor someone) {
            org.actAs(someone);

            assertThat(service.forCurrentUser().attention()).containsExactly(
                    new Attention(AttentionKind.CORE_STAFF_LEFT_THIS_QUARTER, 1, "admin/people"));
        }

        @ParameterizedTest
        @MethodSource("dev.opscharter.application.organization.service.DashboardServiceTest#usersWithoutAttentionItems")
        void other_users_see_the_counts_but_no_attention_items(Actor someone) {
            org.actAs(someone);

            var dashboard = service.forCurrentUser();

            assertThat(dashboard.attention()).isEmpty();
            assertThat(dashboard.activePeople()).isEqualTo(5);
        }

        @Test
        void an_admin_who_also_manages_operations_sees_every_item() {
            org.actAs("admin", Role.ADMIN, Role.OPS_MANAGER);

            assertThat(service.forCurrentUser().attention()).extracting(Attention::kind)
                    .containsExactly(AttentionKind.values());
        }

        @Test
        void nobody_signed_in_sees_no_dashboard() {
            org.actAs(Actor.ANONYMOUS);

            assertThatThrownBy(service::forCurrentUser).isInstanceOf(AccessDenied.class);
        }

        @Test
        void looking_at_the_dashboard_writes_nothing() {
            var before = org.state();

            service.forCurrentUser();

            assertThat(org.state()).isEqualTo(before);
        }
    }

    @Test
    void a_tidy_organization_needs_no_attention() {
        var operations = org.department("OPS", DepartmentKind.OPERATIONS);
        var admin = org.person("Admin", operations).roles(Role.ADMIN).save();
        org.account(admin, "admin");
        org.person("Sun Li", operations).save();

        assertThat(service.forCurrentUser().attention()).isEmpty();
    }

    @Nested
    class Core_staff_who_left_this_quarter {

        private final Department operations = org.department("OPS", DepartmentKind.OPERATIONS);

        Core_staff_who_left_this_quarter() {
            org.actAs("director", Role.OPS_DIRECTOR);
        }

        @Test
        void only_core_staff_whose_departure_lies_between_the_start_of_the_quarter_and_today_count() {
            coreStaffLeftOn("Left First Day", LocalDate.of(2026, 4, 1));
            coreStaffLeftOn("Left Today", LocalDate.of(2026, 5, 14));
            coreStaffLeftOn("Leaving Next Week", LocalDate.of(2026, 5, 21));
            coreStaffLeftOn("Left Last Quarter", LocalDate.of(2026, 3, 31));
            coreStaffLeftOn("Left A Year Ago", LocalDate.of(2025, 5, 14));
            org.person("Not Core", operations).leftOn(LocalDate.of(2026, 5, 1)).save();
            org.person("Still Here", operations).coreStaff().save();

            assertThat(coreStaffLeftThisQuarter()).isEqualTo(2);
        }

        @Test
        void a_departure_on_the_last_day_of_a_quarter_counts_while_that_day_lasts_in_shanghai() {
            coreStaffLeftOn("Li Wei", LocalDate.of(2026, 3, 31));

            org.clock.set(Instant.parse("2026-03-31T15:59:59Z"));   // 23:59:59 on 31 March in Shanghai
            assertThat(coreStaffLeftThisQuarter()).isEqualTo(1);

            org.clock.set(Instant.parse("2026-03-31T16:00:00Z"));   // 00:00 on 1 April in Shanghai, still March in UTC
            assertThat(coreStaffLeftThisQuarter()).isZero();
        }

        @Test
        void a_departure_on_the_first_day_of_a_quarter_counts_as_soon_as_that_day_begins_in_shanghai() {
            coreStaffLeftOn("Li Wei", LocalDate.of(2026, 4, 1));

            org.clock.set(Instant.parse("2026-03-31T16:30:00Z"));   // 00:30 on 1 April in Shanghai

            assertThat(coreStaffLeftThisQuarter()).isEqualTo(1);
        }

        @Test
        void the_quarter_follows_the_time_zone_of_the_organization_settings() {
            coreStaffLeftOn("Li Wei", LocalDate.of(2026, 3, 31));
            org.timeZone(ZoneOffset.UTC);

            org.clock.set(Instant.parse("2026-03-31T16:00:00Z"));   // still 31 March in UTC

            assertThat(coreStaffLeftThisQuarter()).isEqualTo(1);
        }

        private void coreStaffLeftOn(String name, LocalDate day) {
            org.person(name, operations).coreStaff().joinedOn(LocalDate.of(2024, 1, 2)).leftOn(day).save();
        }

        private int coreStaffLeftThisQuarter() {
            return service.forCurrentUser().attention().stream()
                    .filter(a -> a.kind() == AttentionKind.CORE_STAFF_LEFT_THIS_QUARTER)
                    .mapToInt(Attention::count).sum();
        }
    }

    @Test
    void the_roles_shown_are_the_actors() {
        org.actAs(Actor.user("auditor", Set.of(Role.AUDITOR)));

        assertThat(service.forCurrentUser().roles()).containsExactly(Role.AUDITOR);
    }
}
