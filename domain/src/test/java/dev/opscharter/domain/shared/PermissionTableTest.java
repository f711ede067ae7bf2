package dev.opscharter.domain.shared;

import dev.opscharter.domain.appraisal.AppraisalPermission;
import dev.opscharter.domain.charter.CharterPermission;
import dev.opscharter.domain.collaboration.CollaborationPermission;
import dev.opscharter.domain.complaints.ComplaintsPermission;
import dev.opscharter.domain.compliance.CompliancePermission;
import dev.opscharter.domain.costs.CostsPermission;
import dev.opscharter.domain.efficiency.EfficiencyPermission;
import dev.opscharter.domain.incidents.IncidentsPermission;
import dev.opscharter.domain.organization.OrganizationPermission;
import dev.opscharter.domain.risks.RisksPermission;
import dev.opscharter.domain.survey.SurveyPermission;
import dev.opscharter.domain.targets.TargetsPermission;
import dev.opscharter.domain.team.TeamPermission;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.opscharter.domain.shared.Role.ADMIN;
import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who holds each permission, written out: the role sets the services checked before the permissions
 * existed (their private role constants and {@code AccessDenied} calls). A change here is a change
 * of who may do what, and must be meant.
 */
class PermissionTableTest {

    /** Empty = anyone signed in. */
    private static final Map<Permission, Set<Role>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(OrganizationPermission.ADMINISTER, Set.of(ADMIN));
        TABLE.put(OrganizationPermission.READ_PEOPLE, Set.of(ADMIN, OPS_DIRECTOR, OPS_MANAGER));
        TABLE.put(OrganizationPermission.WATCH_CORE_STAFF, Set.of(OPS_DIRECTOR, OPS_MANAGER));
        TABLE.put(OrganizationPermission.SIGNED_IN, Set.of());

        TABLE.put(CharterPermission.READ, Set.of());
        TABLE.put(CharterPermission.REVISE, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(CharterPermission.RAISE_WORK, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, DEPARTMENT_LEAD));
        TABLE.put(CharterPermission.READ_WORK,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(CharterPermission.SEE_ALL_WORK, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR));
        TABLE.put(CharterPermission.ACT_ON_WORK, Set.of());

        TABLE.put(AppraisalPermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST));
        TABLE.put(AppraisalPermission.RECORD, Set.of(OPS_MANAGER, OPS_SPECIALIST));
        TABLE.put(AppraisalPermission.APPROVE, Set.of(OPS_DIRECTOR));
        TABLE.put(AppraisalPermission.ADJUST_STANDARDS, Set.of(OPS_DIRECTOR));

        TABLE.put(CompliancePermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR));
        TABLE.put(CompliancePermission.RUN_CHECK, Set.of(OPS_MANAGER, OPS_SPECIALIST));
        TABLE.put(CompliancePermission.CLOSE_CHECK, Set.of(OPS_MANAGER));
        TABLE.put(CompliancePermission.EDIT_MANUAL, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(CompliancePermission.IMPORT_RECORDS, Set.of(OPS_MANAGER, OPS_SPECIALIST));
        TABLE.put(CompliancePermission.ASSIGN_ACTIONS, Set.of(OPS_MANAGER));
        TABLE.put(CompliancePermission.SEE_ALL_ACTIONS, Set.of(OPS_MANAGER, OPS_DIRECTOR, AUDITOR));
        TABLE.put(CompliancePermission.WORK_ON_ACTIONS, Set.of());

        TABLE.put(SurveyPermission.READ_RESULTS,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(SurveyPermission.PREPARE, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));
        TABLE.put(SurveyPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));

        TABLE.put(TargetsPermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(TargetsPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(TargetsPermission.RECORD, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));

        TABLE.put(CostsPermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(CostsPermission.RECORD, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));
        TABLE.put(CostsPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));

        TABLE.put(EfficiencyPermission.READ,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(EfficiencyPermission.PREPARE, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));
        TABLE.put(EfficiencyPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));

        TABLE.put(RisksPermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR));
        TABLE.put(RisksPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(RisksPermission.RECORD, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));
        TABLE.put(RisksPermission.SIGN_OFF, Set.of(OPS_DIRECTOR));

        TABLE.put(IncidentsPermission.READ,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(IncidentsPermission.HANDLE, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));
        TABLE.put(IncidentsPermission.RULE, Set.of(OPS_DIRECTOR));
        TABLE.put(IncidentsPermission.CONFIGURE, Set.of(OPS_MANAGER, OPS_DIRECTOR));

        TABLE.put(ComplaintsPermission.READ,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(ComplaintsPermission.RECORD, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));

        TABLE.put(TeamPermission.READ, Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR));
        TABLE.put(TeamPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(TeamPermission.RECORD, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));

        TABLE.put(CollaborationPermission.READ,
                Set.of(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD));
        TABLE.put(CollaborationPermission.MANAGE, Set.of(OPS_MANAGER, OPS_DIRECTOR));
        TABLE.put(CollaborationPermission.TAKE_MINUTES, Set.of(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST));

        TABLE.put(SharedPermission.READ_AUDIT, Set.of(ADMIN, AUDITOR, OPS_DIRECTOR));
        TABLE.put(SharedPermission.INBOX, Set.of());
    }

    private static List<Permission> everyPermission() {
        return Stream.of(OrganizationPermission.values(), CharterPermission.values(), AppraisalPermission.values(),
                        CompliancePermission.values(), SurveyPermission.values(), TargetsPermission.values(),
                        CostsPermission.values(), EfficiencyPermission.values(), RisksPermission.values(),
                        IncidentsPermission.values(), ComplaintsPermission.values(), TeamPermission.values(),
                        CollaborationPermission.values(), SharedPermission.values())
                .<Permission>flatMap(Stream::of).toList();
    }

    @Test
    void the_table_names_every_permission_of_every_context() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(everyPermission());
    }

    @Test
    void each_permission_is_granted_to_exactly_the_roles_of_the_table() {
        TABLE.forEach((permission, roles) -> {
            var expected = roles.isEmpty() ? new Grant.SignedIn() : new Grant.AnyOf(roles);
            assertThat(permission.grant()).as(permission.name()).isEqualTo(expected);
        });
    }

    @Test
    void a_user_holding_one_granted_role_may_and_one_holding_every_other_role_may_not() {
        TABLE.forEach((permission, roles) -> {
            for (Role role : roles) {
                assertThat(Actor.user("one", Set.of(role)).may(permission)).as(permission + " " + role).isTrue();
            }
            if (!roles.isEmpty()) {
                var others = EnumSet.complementOf(EnumSet.copyOf(roles));
                assertThat(Actor.user("other", others).may(permission)).as(permission + " others").isFalse();
            }
        });
    }

    @Test
    void signed_in_is_granted_to_any_user_even_without_roles() {
        var nobodySpecial = Actor.user("li.wei", Set.of());
        TABLE.forEach((permission, roles) -> {
            if (roles.isEmpty()) {
                assertThat(nobodySpecial.may(permission)).as(permission.name()).isTrue();
            }
        });
    }

    @Test
    void the_scheduler_may_everything() {
        for (var permission : everyPermission()) {
            assertThat(Actor.SCHEDULE.may(permission)).as(permission.name()).isTrue();
            assertThat(Actor.SYSTEM.may(permission)).as(permission.name()).isTrue();
        }
    }

    @Test
    void nobody_signed_in_may_nothing() {
        for (var permission : everyPermission()) {
            assertThat(Actor.ANONYMOUS.may(permission)).as(permission.name()).isFalse();
        }
    }
}
