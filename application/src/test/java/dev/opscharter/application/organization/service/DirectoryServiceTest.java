package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryServiceTest {

    private final OrganizationFixture org = new OrganizationFixture();
    private final DirectoryService directory = new DirectoryService(org.accounts, org.people, org.useCase);

    @Test
    void every_account_is_shown_with_its_persons_name_to_any_signed_in_user() {
        var operations = org.department("OPS");
        org.account(org.person("李明", operations).roles(Role.OPS_MANAGER).save(), "manager");
        org.account(org.person("王建国", operations).roles(Role.OPS_DIRECTOR).save(), "director");
        org.person("周杰", operations).save();
        org.actAs("auditor", Role.AUDITOR);

        assertThat(directory.displayNames()).containsOnly(
                Map.entry("manager", "李明"), Map.entry("director", "王建国"));
    }

    @Test
    void every_person_is_named_by_their_id_with_or_without_an_account() {
        var operations = org.department("OPS");
        var manager = org.person("李明", operations).roles(Role.OPS_MANAGER).save();
        org.account(manager, "manager");
        var withoutAccount = org.person("周杰", operations).save();
        org.actAs("auditor", Role.AUDITOR);

        assertThat(directory.personNames()).containsOnly(
                Map.entry(manager.id().toString(), "李明"), Map.entry(withoutAccount.id().toString(), "周杰"));
    }

    @Test
    void nobody_reads_the_directory_without_signing_in() {
        org.actAs(Actor.ANONYMOUS);

        assertThatThrownBy(directory::displayNames).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(directory::personNames).isInstanceOf(AccessDenied.class);
    }
}
