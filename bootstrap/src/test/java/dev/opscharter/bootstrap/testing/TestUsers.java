package dev.opscharter.bootstrap.testing;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Users a test creates for itself (never the demo users, which other tests rely on), set up and
 * changed through the use cases as an administrator would.
 */
public final class TestUsers {

    public static final String PASSWORD = "right-password-1";

    private final ApplicationContext context;

    private TestUsers(ApplicationContext context) {
        this.context = context;
    }

    public static TestUsers in(ApplicationContext context) {
        return new TestUsers(context);
    }

    /** A person with an account named {@code <prefix>.<random>} and the password {@link #PASSWORD}. */
    public TestUser create(String prefix, String name, Role... roles) {
        var username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        var person = SystemTasks.asSystem(() -> {
            var department = bean(DepartmentQueries.class).all().getFirst();
            var id = bean(ManagePeople.class).hire(new PersonDraft(name, username + "@example.com", department.id(),
                    Set.of(roles), false, LocalDate.of(2024, 3, 1)));
            bean(ManageUserAccounts.class).open(id, username, PASSWORD, Language.EN);
            return id;
        });
        return new TestUser(username, person);
    }

    public void takeRolesAway(TestUser user) {
        SystemTasks.asSystem(() -> {
            var current = bean(PeopleQueries.class).get(user.person());
            bean(ManagePeople.class).update(user.person(), new PersonDraft(current.name(), current.email().value(),
                    current.departmentId(), Set.of(), current.coreStaff(), current.joinedOn()), current.version());
        });
    }

    public void disable(TestUser user) {
        SystemTasks.asSystem(() -> {
            var entry = account(user);
            bean(ManageUserAccounts.class).disable(entry.account().id(), entry.account().version());
        });
    }

    public UserAccountQueries.AccountEntry account(TestUser user) {
        return SystemTasks.asSystem(() -> bean(UserAccountQueries.class).all().stream()
                .filter(e -> e.account().username().value().equals(user.username())).findFirst().orElseThrow());
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public record TestUser(String username, PersonId person) {
    }
}
