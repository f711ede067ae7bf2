package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.util.Objects;

/** One step in the history of a corrective action: who did what, when, with what remark. */
public record ActionEvent(Instant at, String by, Kind kind, String remark) {

    public static final int MAX_REMARK = 2000;

    public ActionEvent {
        Objects.requireNonNull(at);
        by = Require.text(by, "actor", 80);
        Objects.requireNonNull(kind);
        remark = remark == null ? "" : remark.strip();
    }

    public enum Kind {
        CREATED, REASSIGNED, ROOT_CAUSE, EVIDENCE, STARTED, SUBMITTED, VERIFIED, CLOSED, REOPENED
    }
}
