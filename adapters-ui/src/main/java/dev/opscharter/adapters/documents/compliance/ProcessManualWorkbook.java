package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.application.compliance.ManualFileRejected.Problem;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.shared.InflationGuard;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;

/**
 * The process manual as an Excel workbook, for managers who keep it in Excel (SPEC §4): one row per
 * step of a version, the process and version columns repeated on each of its rows (the first row of
 * a version gives its basis, limit and end steps; a later row may leave them empty or repeat them).
 * Rows of the same process code and effective date form one version, in the order of the rows.
 * Columns are found by their header, in any order; a second sheet explains them. It carries what the
 * YAML file carries and imports by the same rules ({@link ProcessManualYaml} for the wording of
 * limits and the problems), each problem naming its row.
 */
public final class ProcessManualWorkbook {


    public static final List<String> COLUMNS = List.of("process_code", "process_name_zh", "process_name_en",
            "effective_from", "basis", "end_to_end_limit", "end_steps", "step_code", "step_name_zh", "step_name_en",
            "mandatory", "roles", "limit");
    private static final List<String> REQUIRED = List.of("process_code", "effective_from", "step_code");
    /** The workbook is then read whole (POI's user model): its files may inflate to this much together. */
    static final long MAX_INFLATED_BYTES = 8L << 20;
    /** Files in the zip: a workbook has a dozen. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** Columns a manual's sheet may use (it has eleven): a cell further right, such as ZZZZZZ2, is refused. */
    static final int MAX_COLUMNS = 256;
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是", "必经");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "可选");

    private ProcessManualWorkbook() {
    }

    // ---------------------------------------------------------------- writing

    /** Every process with all its versions, oldest first, in the layout {@link #read} reads. */
    public static byte[] write(List<Process> processes) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new WorkbookStyles(workbook);
            var sheet = workbook.createSheet("manual");
            var header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(styles.header);
            }
            int r = 1;
            for (var process : processes) {
                for (var version : process.versions()) {
                    var ends = version.steps().stream().map(ProcessStep::code).filter(version.endSteps()::contains)
                            .map(StepCode::value).toList();
                    for (var step : version.steps()) {
                        var row = sheet.createRow(r++);
                        var values = List.of(process.code().value(), process.name().chinese(),
                                process.name().english(), version.effectiveFrom().toString(),
                                version.basis().name().toLowerCase(Locale.ROOT),
                                version.endToEndLimit().map(l -> ProcessManualYaml.durationText(l, version.basis()))
                                        .orElse(""),
                                String.join(", ", ends), step.code().value(), step.name().chinese(),
                                step.name().english(), Boolean.toString(step.mandatory()).toUpperCase(Locale.ROOT),
                                String.join(", ", step.responsibleRoles().stream().sorted().toList()),
                                step.limit().map(l -> ProcessManualYaml.durationText(l, version.basis())).orElse(""));
                        for (int c = 0; c < values.size(); c++) {
                            row.createCell(c).setCellValue(values.get(c));
                        }
                    }
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            explanation(workbook.createSheet("说明 About"), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the process manual workbook", e);
        }
    }

    private static void explanation(Sheet sheet, WorkbookStyles styles) {
        var lines = List.of(
                "OpsCharter 运营流程手册 / process manual — one row per step of a version; rows with the same "
                        + "process_code and effective_from are one version, in row order.",
                "effective_from: 2026-07-01 (text or a date cell); basis: calendar | working",
                "end_to_end_limit, limit: 30m, 72h, 5d (1d = 24h, also for working hours); empty: none. "
                        + "A step's limit counts from the previous step that occurred.",
                "end_steps: step codes that finish a case, comma-separated; roles: comma-separated",
                "mandatory: TRUE / FALSE (是 / 否); empty: TRUE",
                "The version columns may be left empty after a version's first row.");
        for (int i = 0; i < lines.size(); i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            if (i == 0) {
                cell.setCellStyle(styles.label);
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    // ---------------------------------------------------------------- reading

    /** @throws ManualFileRejected naming every problem (up to {@value ProcessManualYaml#MAX_PROBLEMS}) with its row */
    public static List<ImportedProcess> read(byte[] file) {
        if (file.length > ProcessManualYaml.MAX_BYTES) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.yaml.too-large",
                    List.of(ProcessManualYaml.MAX_BYTES / 1024 / 1024)));
        }
        refuseBombs(file);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ManualFileRejected(new Problem(1, "", "compliance.manual.workbook.not-a-workbook", List.of()));
            }
            return new Reader().manual(workbook.getSheetAt(0));
        } catch (ManualFileRejected rejected) {
            throw rejected;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.workbook.not-a-workbook", List.of()));
        }
    }

    /**
     * Inflates every file of the zip once, counting the bytes, before POI builds the workbook in
     * memory: a zip bomb or a zip of thousands of files is refused by what it holds, not what it declares.
     */
    private static void refuseBombs(byte[] file) {
        var buffer = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            var inflated = InflationGuard.inflated(zip, () -> file.length, MAX_INFLATED_BYTES);
            int entries = 0;
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ManualFileRejected(new Problem(1, "", "compliance.manual.workbook.zip-entries",
                            List.of(MAX_ZIP_ENTRIES)));
                }
                while (inflated.read(buffer, 0, buffer.length) >= 0) {
                    // counted by the guard
                }
            }
        } catch (InflationGuard.Exceeded exceeded) {
            throw new ManualFileRejected(new Problem(1, "", exceeded.which() == InflationGuard.Limit.SIZE
                    ? "compliance.manual.workbook.too-large-inflated" : "compliance.manual.workbook.inflation",
                    List.of(exceeded.which() == InflationGuard.Limit.SIZE ? exceeded.limit() >> 20 : exceeded.limit())));
        } catch (IOException | IllegalArgumentException notAZip) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.workbook.not-a-workbook", List.of()));
        }
    }

    /** Collects the rows into processes and versions, and the problems instead of stopping at the first. */
    private static final class Reader {

        private final List<Problem> problems = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final Map<String, Integer> at = new HashMap<>();

        private static final class VersionRows {
            final int row;
            final Map<String, String> attributes = new LinkedHashMap<>();
            final List<ProcessStep> steps = new ArrayList<>();
            boolean broken;

            VersionRows(int row) {
                this.row = row;
            }
        }

        private static final class ProcessRows {
            final int row;
            @Nullable String zh;
            @Nullable String en;
            final Map<LocalDate, VersionRows> versions = new LinkedHashMap<>();

            ProcessRows(int row) {
                this.row = row;
            }
        }

        List<ImportedProcess> manual(Sheet sheet) {
            refuseFarCells(sheet);
            var header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new ManualFileRejected(new Problem(1, "", "compliance.manual.import.empty", List.of()));
            }
            for (var cell : header) {
                var name = text(cell).toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(name)) {
                    at.putIfAbsent(name, cell.getColumnIndex());
                }
            }
            int headerLine = header.getRowNum() + 1;
            for (var column : REQUIRED) {
                if (!at.containsKey(column)) {
                    problems.add(new Problem(headerLine, "", "compliance.manual.workbook.missing-column",
                            List.of(column)));
                }
            }
            if (!problems.isEmpty()) {
                throw new ManualFileRejected(problems);
            }
            var processes = new LinkedHashMap<String, ProcessRows>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum()
                    && problems.size() < ProcessManualYaml.MAX_PROBLEMS; r++) {
                var row = sheet.getRow(r);
                if (row != null && !blank(row)) {
                    row(row, processes);
                }
            }
            if (processes.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(headerLine, "", "compliance.manual.import.empty", List.of()));
            }
            var imported = new ArrayList<ImportedProcess>();
            processes.forEach((code, rows) -> {
                var process = process(code, rows);
                if (process != null) {
                    imported.add(process);
                }
            });
            if (!problems.isEmpty()) {
                throw new ManualFileRejected(problems.stream().sorted((a, b) -> Integer.compare(a.line(), b.line())).toList());
            }
            return imported;
        }

        private static void refuseFarCells(Sheet sheet) {
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getColumnIndex() < 0 || cell.getColumnIndex() >= MAX_COLUMNS) {
                        throw new ManualFileRejected(new Problem(row.getRowNum() + 1, "",
                                "compliance.manual.workbook.cell-reference",
                                List.of(cell.getAddress().formatAsString(), MAX_COLUMNS)));
                    }
                }
            }
        }

        private void row(Row row, Map<String, ProcessRows> processes) {
            int line = row.getRowNum() + 1;
            var code = value(row, "process_code");
            var effective = date(row, line);
            if (code.isEmpty()) {
                problem(line, "process_code", "validation.required");
                return;
            }
            if (effective == null) {
                return;
            }
            var process = processes.computeIfAbsent(code, c -> new ProcessRows(line));
            if (process.zh == null && !value(row, "process_name_zh").isEmpty()) {
                process.zh = value(row, "process_name_zh");
            }
            if (process.en == null && !value(row, "process_name_en").isEmpty()) {
                process.en = value(row, "process_name_en");
            }
            var version = process.versions.computeIfAbsent(effective, d -> new VersionRows(line));
            for (var column : List.of("basis", "end_to_end_limit", "end_steps")) {
                var value = value(row, column);
                var first = version.attributes.get(column);
                if (first == null) {
                    version.attributes.put(column, value);
                } else if (!value.isEmpty() && !value.equals(first)) {
                    problem(line, column, "compliance.manual.workbook.differs", value, version.row, first);
                    version.broken = true;
                }
            }
            var step = step(row, line);
            if (step == null) {
                version.broken = true;
            } else {
                version.steps.add(step);
            }
        }

        private @Nullable ProcessStep step(Row row, int line) {
            int before = problems.size();
            StepCode code = null;
            try {
                code = new StepCode(value(row, "step_code"));
            } catch (InvalidValue invalid) {
                problem(line, "step_code", invalid.messageKey(), invalid.arguments().toArray());
            }
            var name = name(value(row, "step_name_zh"), value(row, "step_name_en"), line, "step_name");
            var mandatoryText = value(row, "mandatory").toLowerCase(Locale.ROOT);
            boolean mandatory = true;
            if (NO.contains(mandatoryText)) {
                mandatory = false;
            } else if (!mandatoryText.isEmpty() && !YES.contains(mandatoryText)) {
                problem(line, "mandatory", "compliance.manual.yaml.expected-boolean");
            }
            // roles may hold spaces ("Area manager"): only commas, semicolons and line breaks separate them
            var roles = new LinkedHashSet<>(Arrays.stream(value(row, "roles").split("[,;，；、\\n]"))
                    .map(String::strip).filter(role -> !role.isEmpty()).toList());
            var limit = duration(value(row, "limit"), line, "limit");
            if (problems.size() != before || code == null || name == null || limit == null) {
                return null;
            }
            try {
                return new ProcessStep(code, name, mandatory, roles, limit);
            } catch (InvalidValue invalid) {
                problem(line, invalid.field().equals("limit") ? "limit" : "roles", invalid.messageKey(),
                        invalid.arguments().toArray());
                return null;
            }
        }

        private @Nullable ImportedProcess process(String codeText, ProcessRows rows) {
            ProcessCode code;
            try {
                code = new ProcessCode(codeText);
            } catch (InvalidValue invalid) {
                problem(rows.row, "process_code", invalid.messageKey(), invalid.arguments().toArray());
                return null;
            }
            var name = name(rows.zh == null ? "" : rows.zh, rows.en == null ? "" : rows.en, rows.row,
                    "process_name");
            var versions = new ArrayList<ImportedVersion>();
            rows.versions.forEach((effective, version) -> {
                var imported = version(effective, version);
                if (imported != null) {
                    versions.add(imported);
                }
            });
            if (name == null || versions.size() != rows.versions.size()) {
                return null;
            }
            return new ImportedProcess(rows.row, code, name, versions);
        }

        private @Nullable ImportedVersion version(LocalDate effective, VersionRows rows) {
            int before = problems.size();
            var basisText = rows.attributes.getOrDefault("basis", "");
            var basis = ProcessManualYaml.parseBasis(basisText).orElse(null);
            if (basis == null) {
                problem(rows.row, "basis", "compliance.manual.yaml.basis", basisText);
            }
            var limit = duration(rows.attributes.getOrDefault("end_to_end_limit", ""), rows.row, "end_to_end_limit");
            var ends = new LinkedHashSet<StepCode>();
            for (var end : rows.attributes.getOrDefault("end_steps", "").split("[,;，、\\s]+")) {
                if (!end.isEmpty()) {
                    try {
                        ends.add(new StepCode(end));
                    } catch (InvalidValue invalid) {
                        problem(rows.row, "end_steps", invalid.messageKey(), invalid.arguments().toArray());
                    }
                }
            }
            if (rows.broken || problems.size() != before || basis == null || limit == null) {
                return null;
            }
            var draft = new VersionDraft(effective, basis, limit, rows.steps, ends);
            try {
                draft.numbered(1);
            } catch (InvalidValue invalid) {
                problem(rows.row, "", invalid.messageKey(), invalid.arguments().toArray());
                return null;
            }
            return new ImportedVersion(rows.row, draft);
        }

        private @Nullable BilingualName name(String zh, String en, int line, String column) {
            try {
                return new BilingualName(zh, en);
            } catch (InvalidValue invalid) {
                problem(line, column + (invalid.field().equals("nameZh") ? "_zh" : "_en"), invalid.messageKey(),
                        invalid.arguments().toArray());
                return null;
            }
        }

        /** {@code Optional.empty()} for an empty cell (no limit), null after a problem. */
        private @Nullable Optional<Duration> duration(String text, int line, String column) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            var parsed = ProcessManualYaml.parseDuration(text);
            if (parsed.isEmpty()) {
                problem(line, column, "compliance.manual.yaml.duration", text);
                return null;
            }
            return parsed;
        }

        /** The version's date: a date cell, or text such as 2026-07-01. */
        private @Nullable LocalDate date(Row row, int line) {
            var cell = row.getCell(at.get("effective_from"));
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            var text = value(row, "effective_from");
            if (text.isEmpty()) {
                problem(line, "effective_from", "validation.required");
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(line, "effective_from", "compliance.manual.yaml.date", text);
                return null;
            }
        }

        private String value(Row row, String column) {
            var index = at.get(column);
            return index == null ? "" : text(row.getCell(index));
        }

        private String text(@Nullable Cell cell) {
            return cell == null ? "" : formatter.formatCellValue(cell).strip();
        }

        private boolean blank(Row row) {
            for (var cell : row) {
                if (!text(cell).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private void problem(int line, String column, String key, Object... arguments) {
            problems.add(new Problem(line, column, key, List.of(arguments)));
        }
    }
}
