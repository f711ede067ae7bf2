package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessRow;
import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessStepRow;
import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessVersionRow;
import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The process manual in {@code process}, {@code process_version} and {@code process_step}, with
 * plain SQL (three statements load any number of processes). A new process is inserted with all
 * its versions; saving a known one updates its names under the optimistic lock and inserts the
 * versions whose number is not stored yet; stored versions are never rewritten. Call it inside the
 * use case's transaction so that a process and its versions are written together.
 */
@Component
class JdbcProcessManual implements ProcessManual {

    private static final String ENTITY = "Process";
    static final String CODE_TAKEN = "validation.compliance.code-taken";

    private final JdbcClient jdbc;

    JdbcProcessManual(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Process> all() {
        return load("", Map.of());
    }

    @Override
    public Optional<Process> byId(ProcessId id) {
        return load("where p.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Process> byCode(ProcessCode code) {
        return load("where p.code = :code", Map.of("code", code.value())).stream().findFirst();
    }

    @Override
    public Process save(Process process) {
        long next = process.version() + 1;
        var row = ProcessManualMapper.toRow(process, next);
        return Saves.translated(ENTITY, process.id(),
                Map.of("process_code_unique", () -> new InvalidValue("code", CODE_TAKEN, process.code().value())),
                () -> {
                    Set<Integer> stored;
                    if (process.isNew()) {
                        jdbc.sql("""
                                        insert into process (id, code, name_zh, name_en, version)
                                        values (:id, :code, :nameZh, :nameEn, :version)""")
                                .paramSource(row).update();
                        stored = Set.of();
                    } else {
                        int updated = jdbc.sql("""
                                        update process set name_zh = :nameZh, name_en = :nameEn, version = :next
                                        where id = :id and version = :expected""")
                                .param("nameZh", row.nameZh()).param("nameEn", row.nameEn())
                                .param("next", next).param("id", row.id()).param("expected", process.version())
                                .update();
                        if (updated == 0) {
                            throw new ConcurrentModification(ENTITY, process.id());
                        }
                        stored = Set.copyOf(jdbc.sql("select number from process_version where process_id = :id")
                                .param("id", row.id()).query(Integer.class).list());
                    }
                    for (var version : process.versions()) {
                        if (!stored.contains(version.number())) {
                            insert(process.id(), version);
                        }
                    }
                    return new Process(process.id(), process.code(), process.name(), process.versions(), next);
                });
    }

    private void insert(ProcessId process, ProcessVersion version) {
        var row = ProcessManualMapper.toRow(process, version);
        jdbc.sql("""
                        insert into process_version (process_id, number, effective_from, basis,
                                                     end_to_end_limit_seconds, end_steps)
                        values (:processId, :number, :effectiveFrom, :basis, :limit, :endSteps)""")
                .param("processId", row.processId()).param("number", row.number())
                .param("effectiveFrom", row.effectiveFrom()).param("basis", row.basis())
                .param("limit", row.endToEndLimitSeconds(), java.sql.Types.BIGINT)
                .param("endSteps", row.endSteps().toArray(String[]::new))
                .update();
        for (int position = 0; position < row.steps().size(); position++) {
            var step = row.steps().get(position);
            jdbc.sql("""
                            insert into process_step (process_id, version_number, position, code, name_zh, name_en,
                                                      mandatory, roles, limit_seconds)
                            values (:processId, :number, :position, :code, :nameZh, :nameEn, :mandatory, :roles,
                                    :limit)""")
                    .param("processId", row.processId()).param("number", row.number())
                    .param("position", position).param("code", step.code())
                    .param("nameZh", step.nameZh()).param("nameEn", step.nameEn())
                    .param("mandatory", step.mandatory())
                    .param("roles", step.roles().toArray(String[]::new))
                    .param("limit", step.limitSeconds(), java.sql.Types.BIGINT)
                    .update();
        }
    }

    /** The processes the condition selects, each with all its versions and steps, by code. */
    private List<Process> load(String where, Map<String, Object> params) {
        var processes = jdbc.sql("select p.id, p.code, p.name_zh, p.name_en, p.version from process p " + where
                        + " order by p.code")
                .params(params)
                .query((rs, n) -> new ProcessRow(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name_zh"), rs.getString("name_en"), rs.getLong("version")))
                .list();
        if (processes.isEmpty()) {
            return List.of();
        }
        var steps = new HashMap<String, List<ProcessStepRow>>();
        jdbc.sql("select s.* from process_step s join process p on p.id = s.process_id " + where
                        + " order by s.process_id, s.version_number, s.position")
                .params(params)
                .query((ResultSet rs) -> {
                    steps.computeIfAbsent(key(rs.getObject("process_id", UUID.class), rs.getInt("version_number")),
                            k -> new ArrayList<>()).add(new ProcessStepRow(rs.getString("code"),
                            rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("mandatory"),
                            strings(rs.getArray("roles")), nullableLong(rs, "limit_seconds")));
                });
        var versions = new LinkedHashMap<UUID, List<ProcessVersionRow>>();
        jdbc.sql("select v.* from process_version v join process p on p.id = v.process_id " + where
                        + " order by v.process_id, v.number")
                .params(params)
                .query((ResultSet rs) -> {
                    var processId = rs.getObject("process_id", UUID.class);
                    int number = rs.getInt("number");
                    versions.computeIfAbsent(processId, k -> new ArrayList<>()).add(new ProcessVersionRow(processId,
                            number, rs.getObject("effective_from", java.time.LocalDate.class),
                            rs.getString("basis"), nullableLong(rs, "end_to_end_limit_seconds"),
                            strings(rs.getArray("end_steps")), steps.getOrDefault(key(processId, number), List.of())));
                });
        return processes.stream()
                .map(p -> ProcessManualMapper.toDomain(p, versions.getOrDefault(p.id(), List.of())))
                .collect(Collectors.toList());
    }

    private static String key(UUID process, int version) {
        return process + "#" + version;
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
