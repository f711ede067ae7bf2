package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Role;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Component
class JdbcWorkItems implements WorkItems {

    private static final String ENTITY = "WorkItem";

    /** The keys a page may sort by; status in the order of its life, not alphabetically. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "kind", "kind",
            "title", "lower(title)",
            "status", "array_position(array[" + Arrays.stream(WorkItemStatus.values())
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + "]::text[], status::text)",
            "raisedAt", "raised_at",
            "dueOn", "due_on");
    private static final String OWN_ORDER = "raised_at desc, id desc";

    private final WorkItemRepository repository;
    private final JdbcAggregateTemplate template;
    private final JdbcClient jdbc;

    JdbcWorkItems(WorkItemRepository repository, JdbcAggregateTemplate template, JdbcClient jdbc) {
        this.repository = repository;
        this.template = template;
        this.jdbc = jdbc;
    }

    @Override
    public WorkItem save(WorkItem item) {
        var row = WorkItemMapper.toRow(item);
        var saved = Saves.translated(ENTITY, item.id(), Map.of(),
                () -> item.version() == 0 ? template.insert(row) : template.update(row));
        return WorkItemMapper.toDomain(saved);
    }

    @Override
    public Optional<WorkItem> byId(WorkItemId id) {
        return repository.findById(id.value()).map(WorkItemMapper::toDomain);
    }

    @Override
    public List<WorkItem> all() {
        return repository.findAllByOrderByRaisedAtDescIdDesc().stream().map(WorkItemMapper::toDomain).toList();
    }

    /** The page's ids in SQL, then those rows: the register never travels whole. */
    @Override
    public List<WorkItem> page(Selection selection, PageRequest page) {
        var ids = where(jdbc.sql("select id from work_item " + WHERE
                        + SqlPage.orderAndLimit(page, SORT_KEYS, OWN_ORDER)), selection)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(UUID.class)
                .list();
        return SqlPage.inOrder(ids, template, WorkItemRow.class, WorkItemRow::id).stream()
                .map(WorkItemMapper::toDomain).toList();
    }

    @Override
    public long count(Selection selection) {
        return where(jdbc.sql("select count(*) from work_item " + WHERE), selection).query(Long.class).single();
    }

    private static final String CLOSED = Arrays.stream(WorkItemStatus.values()).filter(WorkItemStatus::isClosed)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private static final String WHERE = """
            where (not :onlyReader or raised_by = :reader or department_id = cast(:readerDepartment as uuid))
              and (cast(:department as uuid) is null or department_id = cast(:department as uuid))
              and (cast(:involvement as text) is null or involvement = cast(:involvement as text))
              and (not :openOnly or status not in (%s))
              and (not :concernsADepartment or department_id is not null)
              and (not :awaiting
                   or status = 'HANDED_OVER' and department_id = cast(:ledDepartment as uuid)
                   or status = 'AWAITING_SIGN_OFF'
                      and (sign_off_authority = 'MANAGEMENT' and :management
                           or sign_off_authority = 'OWNER_DEPARTMENT_LEAD'
                              and department_id = cast(:ledDepartment as uuid)))
            """.formatted(CLOSED);

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, Selection selection) {
        var reader = selection.reader();
        return statement
                .param("onlyReader", reader.isPresent())
                .param("reader", reader.map(Reader::name).orElse(""))
                .param("readerDepartment", reader.flatMap(Reader::department).map(DepartmentId::value).orElse(null),
                        Types.OTHER)
                .param("department", selection.department().map(DepartmentId::value).orElse(null), Types.OTHER)
                .param("involvement", selection.involvement().map(Enum::name).orElse(null), Types.VARCHAR)
                .param("openOnly", selection.openOnly())
                .param("concernsADepartment", selection.concernsADepartment())
                // WorkItem.awaits in SQL: a lead is awaited by their department's items, the director by management sign-offs
                .param("awaiting", selection.awaiting().isPresent())
                .param("ledDepartment", selection.awaiting().filter(p -> p.roles().contains(Role.DEPARTMENT_LEAD))
                        .flatMap(Participant::department).map(DepartmentId::value).orElse(null), Types.OTHER)
                .param("management", selection.awaiting().map(p -> p.roles().contains(Role.OPS_DIRECTOR))
                        .orElse(false));
    }
}
