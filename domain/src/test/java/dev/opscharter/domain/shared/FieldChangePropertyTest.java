package dev.opscharter.domain.shared;

import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangePropertyTest {

    @Property
    void a_snapshot_compared_with_itself_has_no_changes(
            @ForAll @Size(max = 12) Map<@StringLength(max = 16) String, @StringLength(max = 16) String> snapshot) {
        assertThat(FieldChange.between(snapshot, snapshot)).isEmpty();
        assertThat(FieldChange.between(snapshot, Map.copyOf(snapshot))).isEmpty();
    }

    @Property
    void the_changes_name_exactly_the_fields_whose_values_differ(@ForAll("snapshots") Map<String, String> before,
                                                                 @ForAll("snapshots") Map<String, String> after) {
        var changes = FieldChange.between(before, after);

        var allFields = new HashSet<>(before.keySet());
        allFields.addAll(after.keySet());
        var differing = allFields.stream()
                // an auditor cannot tell a missing field from an empty one, so neither is a change
                .filter(field -> !Objects.equals(before.getOrDefault(field, ""), after.getOrDefault(field, "")))
                .collect(Collectors.toSet());

        assertThat(changes).extracting(FieldChange::field).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(differing);
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.before()).isEqualTo(before.getOrDefault(change.field(), ""));
            assertThat(change.after()).isEqualTo(after.getOrDefault(change.field(), ""));
        });
    }

    @Property
    void comparing_the_other_way_round_swaps_before_and_after(@ForAll("snapshots") Map<String, String> before,
                                                              @ForAll("snapshots") Map<String, String> after) {
        var forwards = FieldChange.between(before, after);
        var backwards = FieldChange.between(after, before);

        assertThat(backwards).containsExactlyInAnyOrderElementsOf(forwards.stream()
                .map(change -> new FieldChange(change.field(), change.after(), change.before())).toList());
    }

    @Property
    void a_creation_lists_every_field_with_a_value(@ForAll("filledSnapshots") Map<String, String> after) {
        var changes = FieldChange.between(Map.of(), after);

        assertThat(changes).extracting(FieldChange::field).containsExactlyInAnyOrderElementsOf(after.keySet());
        assertThat(changes).allSatisfy(change -> assertThat(change.before()).isEmpty());
    }

    /** Few field names and values, so that two snapshots share fields and sometimes values. */
    @Provide
    Arbitrary<Map<String, String>> snapshots() {
        return Arbitraries.maps(Arbitraries.of("name", "email", "roles", "active", "leftOn"),
                Arbitraries.of("", "true", "false", "Li Wei", "李伟")).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Map<String, String>> filledSnapshots() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12)).ofMaxSize(8);
    }
}
