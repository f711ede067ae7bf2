package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.InvalidValue;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
class JdbcUserAccounts implements UserAccounts {

    private static final String ENTITY = "UserAccount";

    private final UserAccountRepository repository;
    private final JdbcAggregateTemplate template;
    private final JdbcClient jdbc;

    JdbcUserAccounts(UserAccountRepository repository, JdbcAggregateTemplate template, JdbcClient jdbc) {
        this.repository = repository;
        this.template = template;
        this.jdbc = jdbc;
    }

    @Override
    public List<UserAccount> all() {
        return repository.findAll().stream().map(UserAccountMapper::toDomain).toList();
    }

    @Override
    public List<UserAccount> page(AccountFilter filter, PageRequest page) {
        var ids = jdbc.sql("select id from user_account " + WHERE + SqlPage.orderAndLimit(page, SORT_KEYS, "username"))
                .param("needle", filter.needle())
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(UUID.class).list();
        return SqlPage.inOrder(ids, template, UserAccountRow.class, UserAccountRow::id).stream()
                .map(UserAccountMapper::toDomain).toList();
    }

    @Override
    public long count(AccountFilter filter) {
        return jdbc.sql("select count(*) from user_account " + WHERE).param("needle", filter.needle())
                .query(Long.class).single();
    }

    private static final Map<String, String> SORT_KEYS = Map.of("username", "username");

    /** Usernames are lower case, as the needle is. */
    private static final String WHERE = " where strpos(username, :needle) > 0 ";

    @Override
    public Optional<UserAccount> byId(UserAccountId id) {
        return repository.findById(id.value()).map(UserAccountMapper::toDomain);
    }

    @Override
    public Optional<UserAccount> byUsername(Username username) {
        return repository.findByUsername(username.value()).map(UserAccountMapper::toDomain);
    }

    @Override
    public Optional<UserAccount> byPerson(PersonId person) {
        return repository.findByPersonId(person.value()).map(UserAccountMapper::toDomain);
    }

    @Override
    public UserAccount save(UserAccount account) {
        var row = UserAccountMapper.toRow(account);
        var saved = Saves.translated(ENTITY, account.id(),
                Map.of("user_account_username_unique",
                        () -> new InvalidValue("username", "validation.username.taken", account.username().value()),
                        "user_account_person_unique",
                        () -> new InvalidValue("person", "validation.person.has-account")),
                () -> account.isNew() ? template.insert(row) : template.update(row));
        return UserAccountMapper.toDomain(saved);
    }

    @Override
    public void recordSignIns(UserAccount account) {
        jdbc.sql("update user_account set failed_sign_ins = :failures, locked_until = :lockedUntil where id = :id")
                .param("failures", account.failedSignIns())
                .param("lockedUntil", account.lockedUntil()
                        .map(until -> OffsetDateTime.ofInstant(UserAccountMapper.toMicros(until), ZoneOffset.UTC))
                        .orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", account.id().value())
                .update();
    }
}
