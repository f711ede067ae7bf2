package dev.opscharter.domain.team;

import dev.opscharter.domain.shared.Require;

import java.util.Objects;
import java.util.UUID;

/** What shows a course was completed: an attached document (a certificate, a test result) or a note. */
public sealed interface TrainingEvidence {

    int MAX_NOTE = 1000;

    record Attachment(UUID attachment) implements TrainingEvidence {
        public Attachment {
            Objects.requireNonNull(attachment, "attachment");
        }
    }

    record Note(String text) implements TrainingEvidence {
        public Note {
            text = Require.text(text, "evidence", MAX_NOTE);
        }
    }
}
