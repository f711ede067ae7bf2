package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.CharterCitation;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Role;

import java.util.Objects;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.charter.CharterMapper.toMicros;

final class WorkItemMapper {

    private WorkItemMapper() {
    }

    static WorkItemRow toRow(WorkItem item) {
        var decision = item.decision();
        var citation = decision.citation();
        var authority = decision instanceof BoundaryDecision.Redirect redirect
                ? redirect.signOff().map(SignOffAuthority::name).orElse(null) : null;
        var signOff = item.signOff();
        return new WorkItemRow(item.id().value(), item.kind().name(), item.title(), item.description(),
                item.dutyType().code(), decision.involvement().name(),
                decision.department().map(DepartmentId::value).orElse(null), authority,
                citation.charterVersion(), citation.dimensionCode(), citation.dimension().chinese(),
                citation.dimension().english(), citation.textZh(), citation.textEn(), item.status().name(),
                item.raisedBy(), toMicros(item.raisedAt()), item.dueOn().orElse(null),
                signOff.map(SignOff::approved).orElse(null), signOff.map(SignOff::by).orElse(null),
                signOff.map(s -> s.as().name()).orElse(null), signOff.map(s -> toMicros(s.at())).orElse(null),
                signOff.map(SignOff::comment).orElse(null), item.closedBy().orElse(null),
                item.closedAt().map(CharterMapper::toMicros).orElse(null), item.outcome(), item.version());
    }

    static WorkItem toDomain(WorkItemRow row) {
        var citation = new CharterCitation(row.charterVersion(), row.citationDimensionCode(),
                new BilingualName(row.citationDimensionNameZh(), row.citationDimensionNameEn()),
                row.citationTextZh(), row.citationTextEn());
        var department = Optional.ofNullable(row.departmentId()).map(DepartmentId::new);
        BoundaryDecision decision = switch (Involvement.valueOf(row.involvement())) {
            case OWN -> new BoundaryDecision.Own(citation);
            case PARTICIPATE -> new BoundaryDecision.Participate(department.orElseThrow(), citation);
            case EXCLUDED -> new BoundaryDecision.Redirect(department.orElseThrow(), citation,
                    Optional.ofNullable(row.signOffAuthority()).map(SignOffAuthority::valueOf));
        };
        var approved = row.signOffApproved();
        var signOff = approved == null ? Optional.<SignOff>empty()
                : Optional.of(new SignOff(approved, Objects.requireNonNull(row.signOffBy()),
                Role.valueOf(Objects.requireNonNull(row.signOffRole())), Objects.requireNonNull(row.signOffAt()),
                Objects.requireNonNull(row.signOffComment())));
        return WorkItem.reconstitute(new WorkItemId(row.id()), WorkItemKind.valueOf(row.kind()), row.title(),
                row.description(), new DutyType(row.dutyType()), decision, WorkItemStatus.valueOf(row.status()),
                row.raisedBy(), row.raisedAt(), Optional.ofNullable(row.dueOn()), signOff,
                Optional.ofNullable(row.closedBy()), Optional.ofNullable(row.closedAt()), row.outcome(),
                row.version());
    }
}
