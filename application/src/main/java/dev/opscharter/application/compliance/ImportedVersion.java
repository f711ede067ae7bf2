package dev.opscharter.application.compliance;

import dev.opscharter.application.compliance.VersionDraft;

/** A version read from a manual file, with the line it starts on. */
public record ImportedVersion(int line, VersionDraft draft) {
}
