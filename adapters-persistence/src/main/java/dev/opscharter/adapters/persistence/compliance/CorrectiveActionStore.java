package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link CorrectiveActions} on PostgreSQL through Spring Data JDBC, with optimistic locking. */
@Component
class CorrectiveActionStore implements CorrectiveActions {

    private static final String ENTITY = "CorrectiveAction";
    private static final List<String> IN_OWNERS_HANDS =
            List.of(ActionStatus.OPEN.name(), ActionStatus.IN_PROGRESS.name());

    private static final Map<String, String> SORT_KEYS = Map.of(
            "title", "lower(title)",
            "owner", "owner",
            "dueOn", "due_on",
            "status", "array_position(array[" + Arrays.stream(ActionStatus.values())
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + "]::text[], status::text)",
            "createdAt", "created_at");
    private static final String OWN_ORDER = "created_at desc, id desc";
    private static final String WHERE = """
            where (cast(:owner as text) is null or owner = cast(:owner as text))
              and (cast(:status as text) is null or status = cast(:status as text))
              and (cast(:overdueOn as date) is null
                   or status in (%s) and due_on < cast(:overdueOn as date))
            """.formatted(IN_OWNERS_HANDS.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")));

    private final CorrectiveActionRepository repository;
    private final JdbcAggregateTemplate template;
    private final JdbcClient jdbc;

    CorrectiveActionStore(CorrectiveActionRepository repository, JdbcAggregateTemplate template, JdbcClient jdbc) {
        this.repository = repository;
        this.template = template;
        this.jdbc = jdbc;
    }

    @Override
    public CorrectiveAction save(CorrectiveAction action) {
        var row = CorrectiveActionMapper.toRow(action);
        var saved = Saves.translated(ENTITY, action.id(), Map.of(),
                () -> action.version() == 0 ? template.insert(row) : template.update(row));
        return CorrectiveActionMapper.toDomain(saved);
    }

    @Override
    public Optional<CorrectiveAction> byId(CorrectiveActionId id) {
        return repository.findById(id.value()).map(CorrectiveActionMapper::toDomain);
    }

    @Override
    public List<CorrectiveAction> all() {
        return repository.findAllByOrderByCreatedAtDescIdDesc().stream().map(CorrectiveActionMapper::toDomain).toList();
    }

    @Override
    public List<CorrectiveAction> ownedBy(String owner) {
        return repository.findByOwnerOrderByCreatedAtDescIdDesc(owner).stream()
                .map(CorrectiveActionMapper::toDomain).toList();
    }

    @Override
    public List<CorrectiveAction> overdueOn(LocalDate day) {
        return repository.findByStatusInAndDueOnBeforeOrderByDueOnAscIdAsc(IN_OWNERS_HANDS, day).stream()
                .map(CorrectiveActionMapper::toDomain).toList();
    }

    /** The page's ids in SQL, then those actions with their evidence and history. */
    @Override
    public List<CorrectiveAction> page(Selection selection, PageRequest page) {
        var ids = where(jdbc.sql("select id from corrective_action " + WHERE
                        + SqlPage.orderAndLimit(page, SORT_KEYS, OWN_ORDER)), selection)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(UUID.class)
                .list();
        return SqlPage.inOrder(ids, template, CorrectiveActionRow.class, CorrectiveActionRow::id).stream()
                .map(CorrectiveActionMapper::toDomain).toList();
    }

    @Override
    public long count(Selection selection) {
        return where(jdbc.sql("select count(*) from corrective_action " + WHERE), selection).query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, Selection selection) {
        return statement
                .param("owner", selection.owner().orElse(null), Types.VARCHAR)
                .param("status", selection.status().map(Enum::name).orElse(null), Types.VARCHAR)
                .param("overdueOn", selection.overdueOn().orElse(null), Types.DATE);
    }
}
