package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.fakes.RecordingCheckScheduler;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckRequestServiceTest {

    private static final Role[] READERS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR};

    final RecordingCheckScheduler scheduler = new RecordingCheckScheduler();
    final OrganizationFixture org = new OrganizationFixture();
    final FixedActor actor = org.actor;
    final CheckRequestService service = new CheckRequestService(scheduler, org.useCase);
    final CheckId check = new CheckId(UUID.randomUUID());

    CheckRequestServiceTest() {
        actor.actAs(Actors.holding(Role.AUDITOR));
    }

    @Test
    void a_queued_check_names_who_asked_for_it_and_the_latest_request_counts() {
        scheduler.enqueue(check, "specialist");
        scheduler.enqueue(new CheckId(UUID.randomUUID()), "director");
        scheduler.enqueue(check, "manager");

        assertThat(service.requestedBy(check)).contains("manager");
    }

    @Test
    void a_check_nobody_asked_to_run_names_nobody() {
        assertThat(service.requestedBy(check)).isEmpty();
    }

    @Test
    void every_reader_of_checks_may_ask_and_nobody_else() {
        scheduler.enqueue(check, "manager");
        Actors.eachOf(READERS).forEach(reader -> {
            actor.actAs(reader);
            assertThat(service.requestedBy(check)).as(reader.name()).isEqualTo(Optional.of("manager"));
        });
        Actors.allBut(READERS).forEach(other -> {
            actor.actAs(other);
            assertThatThrownBy(() -> service.requestedBy(check)).as(other.name()).isInstanceOf(AccessDenied.class);
        });
    }
}
