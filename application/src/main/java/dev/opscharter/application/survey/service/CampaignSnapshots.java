package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The campaigns respondents are answering, as the respondent's page needs them on every request: the
 * campaign with its questionnaire and invited departments, and the departments it names. Read once and
 * kept while the store holds the same version of the campaign, because a quarter's deadline brings
 * hundreds of respondents a second to one campaign. The version is asked every time (one read along the
 * key), so a campaign closed, cancelled or edited counts at once; the departments (their names, which one
 * is Operations) are read again after {@link #FRESH}, so a rename shows at most that late. At most
 * {@link #KEPT} campaigns are kept: a quarter has one or two open.
 */
final class CampaignSnapshots {

    static final Duration FRESH = Duration.ofSeconds(10);
    static final int KEPT = 32;

    private final Campaigns campaigns;
    private final Departments departments;
    private final Transactions transactions;
    private final LongSupplier nanoTime;
    private final Map<CampaignId, Snapshot> kept = new ConcurrentHashMap<>();

    CampaignSnapshots(Campaigns campaigns, Departments departments, Transactions transactions) {
        this(campaigns, departments, transactions, System::nanoTime);
    }

    CampaignSnapshots(Campaigns campaigns, Departments departments, Transactions transactions,
                      LongSupplier nanoTime) {
        this.campaigns = campaigns;
        this.departments = departments;
        this.transactions = transactions;
        this.nanoTime = nanoTime;
    }

    /** The campaign as stored now, with the departments; empty when it is not stored. */
    Optional<Snapshot> of(CampaignId id) {
        var version = campaigns.version(id);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        var known = kept.get(id);
        if (known != null && known.campaign().version() == version.get() && now - known.readAt() < FRESH.toNanos()) {
            return Optional.of(known);
        }
        // one snapshot: the campaign's items and departments are read by statements of their own
        var read = transactions.readOnly(() -> campaigns.byId(id).map(c -> Snapshot.of(c, departments.all(), now)));
        read.ifPresent(snapshot -> {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(id, snapshot);
        });
        return read;
    }

    /** A campaign as read, with Operations and the names of the organization's departments at that moment. */
    record Snapshot(Campaign campaign, DepartmentId operations, Map<DepartmentId, BilingualName> names, long readAt) {

        Snapshot {
            names = Map.copyOf(names);
        }

        static Snapshot of(Campaign campaign, List<Department> departments, long readAt) {
            return new Snapshot(campaign, Operations.in(departments), departments.stream()
                    .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a)), readAt);
        }

        /** Whom a respondent of {@code department} rates: Operations first, then as the campaign's scope says. */
        List<DepartmentId> ratedBy(DepartmentId department) {
            return campaign.scope().ratedBy(department, campaign.invited(), operations);
        }

        BilingualName name(DepartmentId id) {
            return Optional.ofNullable(names.get(id)).orElseThrow(
                    () -> new IllegalStateException("a rated department is not in the directory: " + id));
        }
    }
}
