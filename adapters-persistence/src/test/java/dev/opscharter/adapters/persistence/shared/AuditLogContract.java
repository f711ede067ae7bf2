package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AuditLog} does, the in-memory fake as much as the PostgreSQL adapter. The JDBC
 * tests share one database, so every test tags its entries' entity type and filters on the tag.
 * Instants carry at most microseconds, the precision PostgreSQL keeps.
 */
abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-01-15T02:00:00.000001Z");

    protected abstract AuditLog auditLog();

    private String tag;
    private String entityType;

    @BeforeEach
    void tag_this_test() {
        tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        entityType = "Probe" + tag;
    }

    private AuditEntry entry(Instant at, String actor, String entityId, FieldChange... changes) {
        return new AuditEntry(UUID.randomUUID(), at, actor, entityType, entityId, AuditAction.UPDATE,
                List.of(changes));
    }

    private AuditFilter onlyThisTest() {
        return new AuditFilter(Optional.empty(), Optional.of(tag), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private AuditFilter onlyThisTest(Optional<String> actor, Optional<String> entityId, Optional<Instant> from,
                                     Optional<Instant> to) {
        return new AuditFilter(actor, Optional.of(tag), entityId, from, to);
    }

    private List<AuditEntry> findAll(AuditFilter filter) {
        return auditLog().find(filter, 0, 1000);
    }

    @Test
    void a_recorded_entry_comes_back_with_every_field_and_its_changes_in_order() {
        var entry = new AuditEntry(UUID.randomUUID(), T0, "张经理", entityType, "8f3c2a10-42", AuditAction.CREATE,
                List.of(new FieldChange("nameZh", "", "运营管理部"),
                        new FieldChange("code", "", "OPERATIONS"),
                        new FieldChange("active", "false", "true")));

        auditLog().record(entry);

        assertThat(findAll(onlyThisTest())).containsExactly(entry);
    }

    @Test
    void the_record_is_found_by_its_label_as_well_as_by_its_id() {
        var labelled = new AuditEntry(UUID.randomUUID(), T0, "admin", entityType, "5d1e", "黄蕾 (Huang Lei)",
                AuditAction.UPDATE, List.of(new FieldChange("leftOn", "", "2026-11-17")));
        var other = entry(T0.plusSeconds(1), "admin", "6e2f");
        List.of(labelled, other).forEach(auditLog()::record);

        assertThat(findAll(onlyThisTest(Optional.empty(), Optional.of("huang"), Optional.empty(), Optional.empty())))
                .containsExactly(labelled);
        assertThat(findAll(onlyThisTest(Optional.empty(), Optional.of("黄蕾"), Optional.empty(), Optional.empty())))
                .singleElement().satisfies(e -> assertThat(e.entityLabel()).isEqualTo("黄蕾 (Huang Lei)"));
    }

    @Test
    void an_entry_without_changes_comes_back_without_changes() {
        var entry = entry(T0, "system", "1");

        auditLog().record(entry);

        assertThat(findAll(onlyThisTest())).singleElement().satisfies(found -> {
            assertThat(found).isEqualTo(entry);
            assertThat(found.changes()).isEmpty();
        });
    }

    @Test
    void entries_come_newest_first() {
        var middle = entry(T0.plusSeconds(60), "a", "2");
        var oldest = entry(T0, "a", "1");
        var newest = entry(T0.plusSeconds(120), "a", "3", new FieldChange("f", "x", "y"));
        auditLog().record(middle);
        auditLog().record(oldest);
        auditLog().record(newest);

        assertThat(findAll(onlyThisTest())).containsExactly(newest, middle, oldest);
    }

    @Test
    void the_actor_filter_matches_case_insensitively_anywhere_in_the_name() {
        var alice = entry(T0, "Alice.Zhang", "1");
        var malice = entry(T0.plusSeconds(1), "mALICE", "2");
        var bob = entry(T0.plusSeconds(2), "bob", "3");
        List.of(alice, malice, bob).forEach(auditLog()::record);

        var filter = onlyThisTest(Optional.of("aLiCe"), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(findAll(filter)).containsExactly(malice, alice);
        assertThat(auditLog().count(filter)).isEqualTo(2);
    }

    @Test
    void the_entity_type_and_entity_id_filters_match_case_insensitively_anywhere() {
        var first = entry(T0, "a", "DEPT-0001");
        var second = entry(T0.plusSeconds(1), "a", "dept-0002");
        var other = entry(T0.plusSeconds(2), "a", "person-7");
        List.of(first, second, other).forEach(auditLog()::record);

        var byType = new AuditFilter(Optional.empty(), Optional.of(entityType.toUpperCase(Locale.ROOT)),
                Optional.empty(), Optional.empty(), Optional.empty());
        var byId = onlyThisTest(Optional.empty(), Optional.of("Dept-000"), Optional.empty(), Optional.empty());

        assertThat(findAll(byType)).containsExactly(other, second, first);
        assertThat(findAll(byId)).containsExactly(second, first);
        assertThat(auditLog().count(byId)).isEqualTo(2);
    }

    @Test
    void from_is_inclusive_and_to_is_exclusive() {
        var before = entry(T0.minusNanos(1_000), "a", "1");
        var atFrom = entry(T0, "a", "2");
        var inside = entry(T0.plus(Duration.ofHours(1)), "a", "3");
        var atTo = entry(T0.plus(Duration.ofHours(2)), "a", "4");
        List.of(before, atFrom, inside, atTo).forEach(auditLog()::record);

        var window = onlyThisTest(Optional.empty(), Optional.empty(), Optional.of(T0),
                Optional.of(T0.plus(Duration.ofHours(2))));

        assertThat(findAll(window)).containsExactly(inside, atFrom);
        assertThat(auditLog().count(window)).isEqualTo(2);
        assertThat(findAll(onlyThisTest(Optional.empty(), Optional.empty(), Optional.of(T0), Optional.empty())))
                .containsExactly(atTo, inside, atFrom);
        assertThat(findAll(onlyThisTest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T0))))
                .containsExactly(before);
    }

    @Test
    void filters_combine() {
        var wanted = entry(T0.plusSeconds(10), "auditor.li", "DEPT-1");
        var wrongActor = entry(T0.plusSeconds(11), "admin", "DEPT-1");
        var wrongId = entry(T0.plusSeconds(12), "auditor.li", "PERSON-1");
        var tooEarly = entry(T0, "auditor.li", "DEPT-1");
        List.of(wanted, wrongActor, wrongId, tooEarly).forEach(auditLog()::record);

        var filter = onlyThisTest(Optional.of("AUDITOR"), Optional.of("dept"), Optional.of(T0.plusSeconds(5)),
                Optional.empty());

        assertThat(findAll(filter)).containsExactly(wanted);
        assertThat(auditLog().count(filter)).isEqualTo(1);
    }

    @Test
    void pages_are_cut_from_the_newest_first_order() {
        var entries = new ArrayList<AuditEntry>();
        for (int i = 0; i < 7; i++) {
            var e = entry(T0.plusSeconds(i), "a", "e" + i, new FieldChange("n", Integer.toString(i), "x"));
            entries.add(e);
            auditLog().record(e);
        }

        assertThat(auditLog().find(onlyThisTest(), 0, 3))
                .containsExactly(entries.get(6), entries.get(5), entries.get(4));
        assertThat(auditLog().find(onlyThisTest(), 3, 3))
                .containsExactly(entries.get(3), entries.get(2), entries.get(1));
        assertThat(auditLog().find(onlyThisTest(), 6, 3)).containsExactly(entries.get(0));
        assertThat(auditLog().find(onlyThisTest(), 7, 3)).isEmpty();
        assertThat(auditLog().count(onlyThisTest())).isEqualTo(7);
    }

    @Test
    void a_filter_nothing_matches_finds_and_counts_nothing() {
        auditLog().record(entry(T0, "a", "1"));

        var filter = onlyThisTest(Optional.of("nobody-" + tag), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(findAll(filter)).isEmpty();
        assertThat(auditLog().count(filter)).isZero();
    }
}
