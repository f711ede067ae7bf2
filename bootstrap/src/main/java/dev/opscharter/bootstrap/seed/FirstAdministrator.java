package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.bootstrap.config.OpsCharterProperties;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * A fresh installation needs someone who can sign in. When no enabled administrator account
 * exists, one is created with {@code opscharter.admin.username} and {@code opscharter.admin.password};
 * without a configured password a random one is generated and printed once to the log, and the
 * account must change it at its first sign-in.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountQueries accountQueries;
    private final ManageUserAccounts accounts;
    private final ManagePeople people;
    private final DepartmentQueries departments;
    private final OpsCharterProperties properties;
    private final Clock clock;

    FirstAdministrator(UserAccountQueries accountQueries, ManageUserAccounts accounts, ManagePeople people,
                       DepartmentQueries departments, OpsCharterProperties properties, Clock clock) {
        this.accountQueries = accountQueries;
        this.accounts = accounts;
        this.people = people;
        this.departments = departments;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTasks.asSystem(() -> {
            boolean hasAdministrator = accountQueries.all().stream()
                    .anyMatch(e -> e.account().enabled() && e.person().isActive()
                            && e.person().roles().contains(Role.ADMIN));
            if (!hasAdministrator) {
                create();
            }
        });
    }

    private void create() {
        var admin = properties.admin();
        boolean generated = admin.password() == null || admin.password().isBlank();
        var password = generated ? generatePassword() : admin.password();
        var department = departments.all().stream()
                .filter(d -> d.active() && d.kind() != DepartmentKind.FRONTLINE)
                .filter(d -> "IT".equals(d.code().value()))
                .findFirst()
                .or(() -> departments.all().stream().filter(d -> d.active()).findFirst())
                .orElseThrow(() -> new IllegalStateException("no active department for the first administrator"));
        var person = people.hire(new ManagePeople.PersonDraft("Administrator", admin.username() + "@localhost.localdomain",
                department.id(), EnumSet.of(Role.ADMIN), false, LocalDate.now(clock)));
        var account = accounts.open(person, admin.username(), password, Language.EN);
        if (generated) {
            // a password that went through a log file is nobody's secret: it only opens the change-password view
            accounts.requirePasswordChange(account);
            log.warn("Created the first administrator '{}' with the generated password: {}  "
                    + "(shown once; it must be changed at the first sign-in)", admin.username(), password);
        } else {
            log.info("Created the first administrator '{}' from opscharter.admin.*", admin.username());
        }
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder("A7-");
        for (int i = 0; i < 17; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
