package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Where a figure comes from: records in the system, or a person who entered it by hand and why. */
public sealed interface Provenance {

    /**
     * Computed from records; {@code source} names the source (an i18n key suffix such as
     * {@code people}), {@code evidence} lists the records behind the figure for the drill-down.
     */
    record FromRecords(String source, List<Evidence> evidence) implements Provenance {
        public FromRecords {
            Objects.requireNonNull(source);
            evidence = List.copyOf(evidence);
        }
    }

    /** Entered by hand: only with a reason; the attachment (a report, a ruling) is optional. */
    record Manual(String reason, Optional<UUID> attachment, String enteredBy, Instant enteredAt)
            implements Provenance {
        public static final int MAX_REASON = 1000;

        public Manual {
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty()) {
                throw new InvalidValue("reason", "validation.required");
            }
            if (reason.length() > MAX_REASON) {
                throw new InvalidValue("reason", "validation.too-long", MAX_REASON);
            }
            Objects.requireNonNull(attachment);
            Objects.requireNonNull(enteredBy);
            Objects.requireNonNull(enteredAt);
        }
    }

    /**
     * One record behind a computed figure: what it is ("黄蕾") and what it says, as an i18n key
     * with arguments ("evidence.left" with the date), so the drill-down reads in the user's language;
     * {@code link} is the route of the record's own screen where there is one (a survey campaign's
     * results), relative to the application's root. A frozen approval keeps no link.
     */
    record Evidence(String label, String detailKey, List<String> arguments, Optional<String> link) {
        public Evidence {
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(link);
        }

        /** A record without a screen of its own. */
        public Evidence(String label, String detailKey, List<String> arguments) {
            this(label, detailKey, arguments, Optional.empty());
        }
    }
}
