package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.VersionHistory;
import dev.opscharter.domain.shared.VersionHistory.Precedence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A process of the manual (《运营流程手册》) with all its versions. The version in force at an
 * instant is the newest one whose effective day (in the organization's time zone) has begun.
 */
public record Process(ProcessId id, ProcessCode code, BilingualName name, List<ProcessVersion> versions, long version) {

    public Process {
        Objects.requireNonNull(id);
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        versions = versions.stream().sorted(Comparator.comparingInt(ProcessVersion::number)).toList();
        if (versions.isEmpty()) {
            throw new InvalidValue("versions", "validation.compliance.no-version");
        }
        var numbers = new HashSet<Integer>();
        for (var v : versions) {
            if (!numbers.add(v.number())) {
                throw new InvalidValue("versions", "validation.compliance.duplicate-version", v.number());
            }
        }
    }

    public static Process define(ProcessCode code, BilingualName name, ProcessVersion first) {
        return new Process(ProcessId.random(), code, name, List.of(first), 0);
    }

    /** Adds the next version (numbered after the last one); the earlier ones stay as they were. */
    public Process withVersion(ProcessVersion next, long expectedVersion) {
        var numbered = new ProcessVersion(latest().number() + 1, next.effectiveFrom(), next.steps(),
                next.endToEndLimit(), next.endSteps(), next.basis());
        var all = new java.util.ArrayList<>(versions);
        all.add(numbered);
        return new Process(id, code, name, all, expectedVersion);
    }

    public Process renamed(BilingualName newName, long expectedVersion) {
        return new Process(id, code, newName, versions, expectedVersion);
    }

    public ProcessVersion latest() {
        return versions.getLast();
    }

    /** The versions with the manual's precedence: the newest one already effective is in force. */
    public VersionHistory<ProcessVersion> history() {
        return VersionHistory.of(versions, Precedence.NEWEST_NUMBER);
    }

    public Optional<ProcessVersion> inForceOn(LocalDate day) {
        return history().inForceOn(day);
    }

    public Optional<ProcessVersion> inForceAt(Instant instant, ZoneId zone) {
        return history().inForceAt(instant, zone);
    }

    public boolean isNew() {
        return version == 0;
    }
}
