package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentId;

import java.util.Optional;

/** What the charter says about a piece of work: Operations owns it, participates in it, or hands it over. */
public sealed interface BoundaryDecision {

    CharterCitation citation();

    Involvement involvement();

    /** The department that leads or owns the work when it is not Operations'. */
    Optional<DepartmentId> department();

    record Own(CharterCitation citation) implements BoundaryDecision {
        @Override
        public Involvement involvement() {
            return Involvement.OWN;
        }

        @Override
        public Optional<DepartmentId> department() {
            return Optional.empty();
        }
    }

    record Participate(DepartmentId lead, CharterCitation citation) implements BoundaryDecision {
        @Override
        public Involvement involvement() {
            return Involvement.PARTICIPATE;
        }

        @Override
        public Optional<DepartmentId> department() {
            return Optional.of(lead);
        }
    }

    /**
     * The work belongs to {@code owner}. With a sign-off authority Operations may prepare it, but
     * it is only done once that authority has signed; without one it is the owner's to do.
     */
    record Redirect(DepartmentId owner, CharterCitation citation, Optional<SignOffAuthority> signOff)
            implements BoundaryDecision {
        @Override
        public Involvement involvement() {
            return Involvement.EXCLUDED;
        }

        @Override
        public Optional<DepartmentId> department() {
            return Optional.of(owner);
        }
    }
}
