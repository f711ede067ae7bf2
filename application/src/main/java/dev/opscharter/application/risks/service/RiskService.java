package dev.opscharter.application.risks.service;

import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskStep;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.List;

import static dev.opscharter.domain.risks.RisksPermission.MANAGE;
import static dev.opscharter.domain.risks.RisksPermission.READ;
import static dev.opscharter.domain.risks.RisksPermission.SIGN_OFF;

/**
 * The register kept and read. The rules live in {@link Risk}; this service supplies who is acting, the time, the
 * transaction, the version check and the audit entry, and that a risk's owner is a user who can sign in.
 */
public final class RiskService implements ManageRisks, RiskQueries {

    static final RecordType<RiskId, Risk> TYPE = new RecordType<>("Risk", Risk::id,
            risk -> risk.code() + " " + risk.title(), Risk::snapshot, Risk::version, RiskId::toString, RiskId::parse);

    private final Risks risks;
    private final RiskFigures figures;
    private final UserAccounts accounts;
    private final UseCase uc;

    public RiskService(Risks risks, RiskFigures figures, UserAccounts accounts, UseCase uc) {
        this.risks = risks;
        this.figures = figures;
        this.accounts = accounts;
        this.uc = uc;
    }

    // ---- commands

    @Override
    public RiskId identify(RequestKey request, NewRisk draft) {
        return uc.create(MANAGE, request, TYPE, risks, me -> Risk.identify(draft.code(), draft.title(),
                draft.category(), existingOwner(draft.owner()), draft.rating(), draft.controls(),
                draft.contingencyPlan(), me, uc.calendar().now()));
    }

    @Override
    public void rerate(RiskId risk, RiskRating rating, String reason, long version) {
        uc.change(MANAGE, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.rerate(rating, reason, me, uc.calendar().now()));
    }

    @Override
    public void plan(RiskId risk, String controls, String contingencyPlan, long version) {
        uc.change(MANAGE, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.plan(controls, contingencyPlan, me));
    }

    @Override
    public KeyRiskIndicatorId addIndicator(RiskId risk, NewIndicator draft, long version) {
        var indicator = KeyRiskIndicator.of(draft.name(), draft.threshold(), draft.source());
        uc.change(MANAGE, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.addIndicator(indicator, me));
        return indicator.id();
    }

    @Override
    public void close(RiskId risk, String note, long version) {
        uc.change(MANAGE, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.close(note, me, uc.calendar().now()));
    }

    @Override
    public void accept(RiskId risk, String note, long version) {
        uc.change(MANAGE, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.accept(note, me, uc.calendar().now()));
    }

    @Override
    public void signOff(RiskId risk, boolean approve, String comment, long version) {
        uc.change(SIGN_OFF, TYPE, risks, risk, version, AuditAction.UPDATE,
                (me, before) -> before.signOff(approve, comment, me, uc.calendar().now()));
    }

    // ---- queries

    @Override
    public List<Risk> risks(RiskFilter filter, PageRequest page) {
        return uc.read(READ, () -> risks.page(filter, page));
    }

    @Override
    public long count(RiskFilter filter) {
        return uc.read(READ, () -> risks.count(filter));
    }

    @Override
    public WithSteps<Risk, RiskStep> risk(RiskId id) {
        return uc.withSteps(READ, TYPE, risks, id, Risk::allowedSteps);
    }

    @Override
    public List<RiskFigure> figures(RiskId risk) {
        return uc.read(READ, () -> figures.ofRisk(risk));
    }

    @Override
    public RiskHeatMap heatMap(RiskFilter filter) {
        return uc.read(READ, () -> risks.heatMap(filter));
    }

    /** The owner's username as kept, when it names an enabled account. */
    private String existingOwner(String name) {
        Username username;
        try {
            username = new Username(name);
        } catch (InvalidValue invalid) {
            throw new InvalidValue("owner", "validation.risks.unknown-owner", name);
        }
        return accounts.byUsername(username).filter(UserAccount::enabled)
                .map(account -> account.username().value())
                .orElseThrow(() -> new InvalidValue("owner", "validation.risks.unknown-owner", name));
    }
}
