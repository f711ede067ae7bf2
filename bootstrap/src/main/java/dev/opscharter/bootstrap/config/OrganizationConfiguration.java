package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.organization.service.DashboardService;
import dev.opscharter.application.organization.service.DepartmentService;
import dev.opscharter.application.organization.service.DirectoryService;
import dev.opscharter.application.organization.service.PeopleService;
import dev.opscharter.application.organization.service.SettingsService;
import dev.opscharter.application.organization.service.SignInService;
import dev.opscharter.application.organization.service.UserAccountService;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.organization.LockoutPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organization context's use cases: departments, people, accounts, settings, sign-in, the dashboard. */
@Configuration(proxyBeanMethods = false)
public class OrganizationConfiguration {

    @Bean
    DepartmentService departmentService(Departments departments, UseCase useCase) {
        return new DepartmentService(departments, useCase);
    }

    @Bean
    PeopleService peopleService(People people, Departments departments, UserAccounts accounts, UseCase useCase) {
        return new PeopleService(people, departments, accounts, useCase);
    }

    @Bean
    UserAccountService userAccountService(UserAccounts accounts, People people, PasswordHasher hasher,
                                          UseCase useCase) {
        return new UserAccountService(accounts, people, hasher, useCase);
    }

    @Bean
    SignInService signInService(UserAccounts accounts, People people, Departments departments, PasswordHasher hasher,
                                UseCase useCase, OpsCharterProperties properties) {
        var lockout = new LockoutPolicy(properties.security().maxFailedSignIns(), properties.security().lockDuration());
        return new SignInService(accounts, people, departments, hasher, useCase, lockout);
    }

    @Bean
    SettingsService settingsService(SettingsStore store, UseCase useCase) {
        return new SettingsService(store, useCase);
    }

    @Bean
    DashboardService dashboardService(Departments departments, People people, UserAccounts accounts,
                                      SettingsStore settings, UseCase useCase) {
        return new DashboardService(departments, people, accounts, settings, useCase);
    }

    @Bean
    DirectoryService directoryService(UserAccounts accounts, People people, UseCase useCase) {
        return new DirectoryService(accounts, people, useCase);
    }
}
