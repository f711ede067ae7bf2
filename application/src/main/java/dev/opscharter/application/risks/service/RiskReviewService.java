package dev.opscharter.application.risks.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.risks.port.in.RunRiskReviews;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskReview.ChangedRating;
import dev.opscharter.domain.risks.RiskReviewId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;

import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.opscharter.domain.risks.RisksPermission.MANAGE;
import static dev.opscharter.domain.risks.RisksPermission.READ;

/**
 * The monthly and quarterly reviews of the register: what was reviewed, the ratings changed (each a re-rating in
 * its risk's history, with the review as its reason) and the decisions, recorded in one transaction.
 */
public final class RiskReviewService implements RunRiskReviews {

    static final RecordType<RiskReviewId, RiskReview> TYPE = new RecordType<>("RiskReview", RiskReview::id,
            review -> review.period().toString(), RiskReviewService::snapshot, RiskReview::version,
            RiskReviewId::toString, RiskReviewId::parse);

    private final RiskReviews reviews;
    private final Risks risks;
    private final ManageWorkItems workItems;
    private final WorkItemQueries items;
    private final UseCase uc;

    public RiskReviewService(RiskReviews reviews, Risks risks, ManageWorkItems workItems, WorkItemQueries items,
                             UseCase uc) {
        this.reviews = reviews;
        this.risks = risks;
        this.workItems = workItems;
        this.items = items;
        this.uc = uc;
    }

    @Override
    public List<WorkItemId> scheduleDue() {
        return uc.write(MANAGE, () -> due().stream().map(this::task).toList());
    }

    /** The period's review task: registered the first time it is asked for, the same one after. */
    private WorkItemId task(ReviewPeriod period) {
        var dueOn = uc.calendar().today().with(TemporalAdjusters.lastDayOfMonth());
        return workItems.register(RequestKey.named("RiskReview.schedule:" + period.getClass().getSimpleName() + ":"
                + period), new WorkItemDraft(WorkItemKind.TASK, "风险复盘 / Risk review " + period,
                "复盘风险台账：评估的风险、调整的评级与决定 / Review the risk register: the risks reviewed, the "
                        + "ratings changed and the decisions (" + period + ")",
                RiskFigureService.RISK_DUTY, Optional.of(dueOn)));
    }

    @Override
    public List<ReviewPeriod> due() {
        return uc.read(READ, () -> {
            var lastMonth = YearMonth.from(uc.calendar().today()).minusMonths(1);
            var candidates = new ArrayList<ReviewPeriod>();
            candidates.add(new ReviewPeriod.Month(lastMonth));
            if (lastMonth.getMonthValue() % 3 == 0) {
                candidates.add(new ReviewPeriod.Quarter(Period.quarterOf(lastMonth.atDay(1))));
            }
            return candidates.stream().filter(period -> reviews.ofPeriod(period).isEmpty()).toList();
        });
    }

    @Override
    public RiskReviewId hold(RequestKey request, ReviewPeriod period, List<RiskId> reviewed,
                             List<RatingChange> changes, List<String> decisions) {
        return uc.create(MANAGE, request, TYPE, reviews, me -> {
            var now = uc.calendar().now();
            var changed = new ArrayList<ChangedRating>();
            // the review is checked before any risk is re-rated: a refused review changes nothing
            RiskReview.requireHoldable(period, reviewed, changes.stream().map(RatingChange::risk).toList(), me,
                    uc.calendar().today());
            for (var change : changes) {
                var before = risks.byId(change.risk())
                        .orElseThrow(() -> new NotFound(RiskService.TYPE.entity(), change.risk()));
                if (before.version() != change.version()) {
                    throw new ConcurrentModification(RiskService.TYPE.entity(), change.risk());
                }
                var after = before.rerate(change.rating(), "风险复盘 / Risk review " + period, me, now);
                uc.save(RiskService.TYPE, risks, AuditAction.UPDATE, before, after);
                changed.add(new ChangedRating(change.risk(), before.rating(), change.rating()));
            }
            var review = RiskReview.hold(period, reviewed, changed, decisions, me, now, uc.calendar().today());
            var task = items.get(task(period));
            if (!task.status().isClosed()) {
                workItems.complete(task.id(), "风险复盘已完成 / Review held", task.version());
            }
            return review;
        });
    }

    @Override
    public Optional<RiskReview> ofPeriod(ReviewPeriod period) {
        return uc.read(READ, () -> reviews.ofPeriod(period));
    }

    @Override
    public List<RiskReview> reviews(PageRequest page) {
        return uc.read(READ, () -> reviews.page(page));
    }

    @Override
    public long countReviews() {
        return uc.read(READ, reviews::count);
    }

    private static Map<String, String> snapshot(RiskReview review) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("period", review.period().toString());
        snapshot.put("reviewed", Integer.toString(review.reviewed().size()));
        snapshot.put("changed ratings", review.changes().stream()
                .map(c -> c.before().score() + "→" + c.after().score()).collect(Collectors.joining(", ")));
        snapshot.put("decisions", String.join("; ", review.decisions()));
        return snapshot;
    }
}
