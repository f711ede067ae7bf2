package dev.opscharter.application.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestKeyTest {

    @Test
    void a_named_key_is_the_same_for_the_same_name_and_differs_for_another() {
        assertThat(RequestKey.named("roi-flag:TMALL:2026-03")).isEqualTo(RequestKey.named("roi-flag:TMALL:2026-03"))
                .isNotEqualTo(RequestKey.named("roi-flag:TMALL:2026-04"));
    }

    @Test
    void a_derived_key_is_stable_per_operation_and_never_the_request_itself() {
        var request = RequestKey.fresh();

        assertThat(request.derived("budget-change")).isEqualTo(request.derived("budget-change"))
                .isNotEqualTo(request.derived("MonthlyReview.measure")).isNotEqualTo(request);
        assertThat(RequestKey.fresh().derived("budget-change")).isNotEqualTo(request.derived("budget-change"));
    }

    @Test
    void keys_already_stored_by_earlier_versions_are_found_again() {
        var request = new RequestKey(UUID.fromString("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
        var stored = UUID.nameUUIDFromBytes(("budget-change:" + request).getBytes(StandardCharsets.UTF_8));

        assertThat(request.derived("budget-change").value()).isEqualTo(stored);
    }
}
