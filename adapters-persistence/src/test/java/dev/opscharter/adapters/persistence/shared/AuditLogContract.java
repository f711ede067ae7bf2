package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
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
import java.util.Set;
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

    private AuditEntry entryOf(String type, Instant at, String actor, String entityId) {
        return new AuditEntry(UUID.randomUUID(), at, actor, type, entityId, AuditAction.UPDATE, List.of());
    }

    @Test
    void the_person_filter_finds_exactly_the_user_names_given_not_names_containing_them() {
        var lina = entry(T0, "li.na", "1");
        var linaToo = entry(T0.plusSeconds(1), "li.nana", "2");
        var scheduled = entry(T0.plusSeconds(2), "scheduled", "3");
        var admin = entry(T0.plusSeconds(3), "admin", "4");
        List.of(lina, linaToo, scheduled, admin).forEach(auditLog()::record);

        var filter = onlyThisTest().byActors(Set.of("li.na", "scheduled"));

        assertThat(findAll(filter)).containsExactly(scheduled, lina);
        assertThat(auditLog().count(filter)).isEqualTo(2);
    }

    @Test
    void the_context_filter_finds_the_record_types_given_and_no_other() {
        var department = entryOf("Dept" + tag, T0, "a", "1");
        var person = entryOf("Pers" + tag, T0.plusSeconds(1), "a", "2");
        var workItem = entryOf("Work" + tag, T0.plusSeconds(2), "a", "3");
        List.of(department, person, workItem).forEach(auditLog()::record);

        var filter = onlyThisTest().ofTypes(Set.of("Dept" + tag, "Pers" + tag));

        assertThat(findAll(filter)).containsExactly(person, department);
        assertThat(auditLog().count(filter)).isEqualTo(2);
    }

    @Test
    void the_record_filter_finds_the_entries_of_exactly_that_record() {
        var first = entry(T0, "a", "R-1");
        var second = entry(T0.plusSeconds(1), "b", "R-1");
        var lookalike = entry(T0.plusSeconds(2), "a", "R-10");
        List.of(first, second, lookalike).forEach(auditLog()::record);

        var filter = onlyThisTest().ofRecord("R-1");

        assertThat(findAll(filter)).containsExactly(second, first);
        assertThat(auditLog().count(filter)).isEqualTo(2);
    }

    @Test
    void the_exact_parts_combine_with_the_period() {
        var wanted = entryOf("Work" + tag, T0.plusSeconds(10), "li.na", "W-1");
        var otherPerson = entryOf("Work" + tag, T0.plusSeconds(11), "admin", "W-1");
        var otherType = entryOf("Dept" + tag, T0.plusSeconds(12), "li.na", "W-1");
        var tooLate = entryOf("Work" + tag, T0.plusSeconds(100), "li.na", "W-1");
        List.of(wanted, otherPerson, otherType, tooLate).forEach(auditLog()::record);

        var filter = new AuditFilter(Optional.empty(), Optional.of(tag), Optional.empty(), Optional.of(T0),
                Optional.of(T0.plusSeconds(60))).byActors(Set.of("li.na")).ofTypes(Set.of("Work" + tag))
                .ofRecord("W-1");

        assertThat(findAll(filter)).containsExactly(wanted);
        assertThat(auditLog().count(filter)).isEqualTo(1);
    }

    @Test
    void pages_sorted_oldest_first_when_asked_and_newest_first_for_a_key_the_log_does_not_know() {
        var entries = new ArrayList<AuditEntry>();
        for (int i = 0; i < 5; i++) {
            var e = entry(T0.plusSeconds(i), "a", "e" + i);
            entries.add(e);
            auditLog().record(e);
        }
        var oldestFirst = List.of(new PageRequest.Order(AuditFilter.BY_TIME, false));

        assertThat(auditLog().find(onlyThisTest(), new PageRequest(0, 2, oldestFirst)))
                .containsExactly(entries.get(0), entries.get(1));
        assertThat(auditLog().find(onlyThisTest(), new PageRequest(2, 2, oldestFirst)))
                .containsExactly(entries.get(2), entries.get(3));
        assertThat(auditLog().find(onlyThisTest(), new PageRequest(4, 2, oldestFirst)))
                .containsExactly(entries.get(4));
        assertThat(auditLog().find(onlyThisTest(),
                new PageRequest(0, 2, List.of(new PageRequest.Order(AuditFilter.BY_TIME, true)))))
                .containsExactly(entries.get(4), entries.get(3));
        assertThat(auditLog().find(onlyThisTest(),
                new PageRequest(0, 2, List.of(new PageRequest.Order("actor; drop table audit_entry", false)))))
                .containsExactly(entries.get(4), entries.get(3));
    }
}
