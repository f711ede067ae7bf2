package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.TargetsPermission;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The metrics targets are set in, by code: what each counts, which way it improves, how its period's
 * figure follows from the days, and whether it is a key indicator or a core metric. Managers and
 * directors add and edit them. Ids: {@code metrics-grid}, {@code metrics-new}, {@code metrics-edit}.
 */
@Route(value = "targets/metrics", layout = MainLayout.class)
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class MetricsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageTargets manage;
    private final TargetQueries queries;
    private final TargetTexts texts;
    private final RecordList<Metric, Boolean> list;

    MetricsView(ManageTargets manage, TargetQueries queries, MyPermissions permissions) {
        this.manage = manage;
        this.queries = queries;
        this.texts = new TargetTexts(this);
        addClassName("view");
        setSizeFull();
        setPadding(false);

        // every metric is one read (the port gives them all, at most a few hundred): paged here
        list = new RecordList<>("metrics", RecordSource.<Metric, Boolean>of((all, page) -> page(page),
                all -> queries.metrics().size()), Metric::id, () -> true);
        list.title(getPageTitle());
        var back = new RouterLink(getTranslation("targets.back"), TargetsView.class);
        back.setId("metrics-back");
        add(back);
        ManagedList.buttons(list, permissions.may(TargetsPermission.MANAGE), "metrics",
                "targets.metric.new", "targets.metrics.empty", this::open);
        list.column("targets.metric.code", Metric::code, null).setAutoWidth(true);
        list.column("targets.metric.name", texts::metric, null).setFlexGrow(2);
        list.column("targets.metric.unit", m -> getTranslation("targets.metric-unit." + m.unit().name()), null)
                .setAutoWidth(true);
        list.column("targets.metric.direction", m -> getTranslation("targets.direction." + m.direction().name()),
                null).setAutoWidth(true);
        list.column("targets.metric.aggregation", this::aggregation, null);
        list.badgeColumn("targets.marks", m -> Marks.of(m, texts));
        add(list);
        list.refresh(null);
    }

    private List<Metric> page(PageRequest page) {
        var all = queries.metrics();
        int from = (int) Math.min(all.size(), page.offset());
        return all.subList(from, Math.min(all.size(), from + page.limit()));
    }

    private String aggregation(Metric metric) {
        if (metric.aggregation() instanceof Aggregation.Ratio(var numerator, var denominator)) {
            var all = queries.metrics();
            return getTranslation("targets.aggregation.ratio-of", code(all, numerator), code(all, denominator));
        }
        return getTranslation("targets.aggregation." + MetricForm.Kind.of(metric.aggregation()).name());
    }

    private static String code(List<Metric> all, Object id) {
        return all.stream().filter(m -> m.id().equals(id)).map(Metric::code).findFirst().orElse(id.toString());
    }

    /** A new metric (null) or one as loaded; the list is read again after each attempt. */
    private void open(@Nullable Metric metric) {
        var all = queries.metrics();
        var form = new MetricForm(all, texts);
        form.editing(metric);
        EditDialog.of("metric", form, (Metric m) -> MetricForm.draftOf(m, all))
                .creating(MetricForm.Draft.NEW, (request, draft) -> manage.createMetric(request, draft.toPort()))
                .updating((m, draft) -> manage.editMetric(m.id(), draft.toPort(), m.version()),
                        m -> queries.metrics().stream().filter(found -> found.id().equals(m.id())).findFirst()
                                .orElseThrow(() -> new NotFound("Metric", m.id())))
                .open(getTranslation(metric == null ? "targets.metric.new" : "targets.metric.edit"), metric,
                        () -> list.refresh(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.metrics.title");
    }
}
