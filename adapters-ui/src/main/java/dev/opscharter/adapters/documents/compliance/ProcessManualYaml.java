package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.ManualFileRejected.Problem;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The process manual as a file (format 1, documented in the README under "Process manual file
 * format"): YAML, UTF-8. {@link #read} checks the whole file and reports every problem with the
 * line it is on and an i18n message key saying why; {@link #write} writes every process with all its
 * versions so that reading the result gives the same manual back.
 *
 * <pre>
 * format: 1
 * processes:
 *   - code: COMPLAINT_HANDLING
 *     name: {zh: "投诉处理流程", en: "Complaint handling"}
 *     versions:
 *       - effective_from: 2026-01-01
 *         basis: working              # calendar | working
 *         end_to_end_limit: 5d        # 30m, 72h, 5d, 1d12h; leave out for none
 *         end_steps: [CLOSE]
 *         steps:
 *           - code: REGISTER
 *             name: {zh: "登记投诉", en: "Register the complaint"}
 *             mandatory: true
 *             roles: [OPS_SPECIALIST]
 *             limit: 2h               # from the previous step that occurred
 * </pre>
 */
public final class ProcessManualYaml {

    public static final int FORMAT = 1;
    public static final int MAX_BYTES = ManualFormat.MAX_BYTES;
    static final int MAX_PROBLEMS = 30;
    /** Aliases of lists and mappings (a manual needs none; a billion laughs needs many). */
    static final int MAX_ALIASES = 10;
    /** Lists and mappings inside one another (a manual needs seven). */
    static final int MAX_DEPTH = 30;
    static final Duration MAX_LIMIT = Duration.ofDays(3650);

    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,6})d)?\\s*(?:(\\d{1,7})h)?\\s*(?:(\\d{1,9})m)?\\s*(?:(\\d{1,10})s)?");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    private static final Pattern YAML_WORD = Pattern.compile(
            "(?i)null|true|false|yes|no|on|off|y|n|~");

    private ProcessManualYaml() {
    }

    // ---------------------------------------------------------------- reading

    /** @throws ManualFileRejected naming every problem (up to {@value #MAX_PROBLEMS}) with its line */
    public static List<ImportedProcess> read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.yaml.too-large", List.of(MAX_BYTES / 1024 / 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.yaml.encoding", List.of()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ManualFileRejected(problem(mark == null ? 1 : mark.getLine() + 1, String.valueOf(e.getProblem())));
        } catch (RuntimeException e) {
            // the parser's own limits (aliases, nesting, size) surface as plain YAML or runtime exceptions
            throw new ManualFileRejected(problem(1, String.valueOf(e.getMessage())));
        }
        if (root == null) {
            throw new ManualFileRejected(new Problem(1, "", "compliance.manual.import.empty", List.of()));
        }
        var reader = new Reader();
        var processes = reader.manual(root);
        if (!reader.problems.isEmpty()) {
            throw new ManualFileRejected(reader.problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList());
        }
        return processes;
    }

    /** A parser's refusal: one of its limits by name, else the syntax problem in its words. */
    private static Problem problem(int line, String message) {
        if (message.contains("aliases for non-scalar nodes")) {
            return new Problem(line, "", "compliance.manual.yaml.aliases", List.of(MAX_ALIASES));
        }
        if (message.contains("Nesting Depth exceeded")) {
            return new Problem(line, "", "compliance.manual.yaml.depth", List.of(MAX_DEPTH));
        }
        if (message.contains("document exceeds the limit")) {
            return new Problem(line, "", "compliance.manual.yaml.too-large", List.of(MAX_BYTES / 1024 / 1024));
        }
        return new Problem(line, "", "compliance.manual.yaml.syntax", List.of(message));
    }

    /** Walks the node tree along the format, collecting problems instead of stopping at the first. */
    private static final class Reader {

        final List<Problem> problems = new ArrayList<>();

        List<ImportedProcess> manual(Node root) {
            var fields = mapping(root, "", Set.of("format", "processes"));
            if (fields == null) {
                return List.of();
            }
            var format = fields.get("format");
            if (format != null) {
                var value = text(format, "format");
                if (value != null && !value.equals(Integer.toString(FORMAT))) {
                    problem(format, "format", "compliance.manual.yaml.format", value, FORMAT);
                }
            }
            var list = list(required(fields, root, "processes", ""), "processes");
            var processes = new ArrayList<ImportedProcess>();
            if (list == null) {
                return processes;
            }
            if (list.isEmpty()) {
                problem(fields.get("processes"), "processes", "compliance.manual.import.empty");
            }
            var seen = new LinkedHashMap<String, Integer>();
            for (int i = 0; i < list.size() && problems.size() < MAX_PROBLEMS; i++) {
                var node = list.get(i);
                var process = process(node, "processes[" + (i + 1) + "]");
                if (process != null) {
                    var first = seen.putIfAbsent(process.code().value(), process.line());
                    if (first != null) {
                        problem(node, "processes[" + (i + 1) + "]", "compliance.manual.import.duplicate-process",
                                process.code().value(), first);
                    }
                    processes.add(process);
                }
            }
            return processes;
        }

        @Nullable ImportedProcess process(Node node, String where) {
            var fields = mapping(node, where, Set.of("code", "name", "versions"));
            if (fields == null) {
                return null;
            }
            var code = domain(required(fields, node, "code", where), where + ".code",
                    n -> new ProcessCode(textOrEmpty(n, where + ".code")));
            var name = name(required(fields, node, "name", where), where + ".name");
            var list = list(required(fields, node, "versions", where), where + ".versions");
            var versions = new ArrayList<ImportedVersion>();
            if (list != null) {
                if (list.isEmpty()) {
                    problem(fields.get("versions"), where + ".versions", "validation.compliance.no-version");
                }
                for (int i = 0; i < list.size(); i++) {
                    var version = version(list.get(i), where + ".versions[" + (i + 1) + "]");
                    if (version != null) {
                        versions.add(version);
                    }
                }
            }
            if (code == null || name == null || list == null || versions.size() != list.size()) {
                return null;
            }
            return new ImportedProcess(line(node), code, name, versions);
        }

        @Nullable ImportedVersion version(Node node, String where) {
            var fields = mapping(node, where,
                    Set.of("effective_from", "basis", "end_to_end_limit", "end_steps", "steps"));
            if (fields == null) {
                return null;
            }
            int before = problems.size();
            var effective = date(required(fields, node, "effective_from", where), where + ".effective_from");
            var basis = basis(required(fields, node, "basis", where), where + ".basis");
            var limit = duration(fields.get("end_to_end_limit"), where + ".end_to_end_limit");
            var endSteps = new LinkedHashSet<StepCode>();
            var endList = list(required(fields, node, "end_steps", where), where + ".end_steps");
            if (endList != null) {
                for (int i = 0; i < endList.size(); i++) {
                    var item = endList.get(i);
                    var code = domain(item, where + ".end_steps[" + (i + 1) + "]",
                            n -> new StepCode(textOrEmpty(n, where + ".end_steps")));
                    if (code != null) {
                        endSteps.add(code);
                    }
                }
            }
            var steps = new ArrayList<ProcessStep>();
            var stepList = list(required(fields, node, "steps", where), where + ".steps");
            if (stepList != null) {
                for (int i = 0; i < stepList.size(); i++) {
                    var step = step(stepList.get(i), where + ".steps[" + (i + 1) + "]");
                    if (step != null) {
                        steps.add(step);
                    }
                }
            }
            if (problems.size() != before || effective == null || basis == null || limit == null) {
                return null;
            }
            var draft = new VersionDraft(effective, basis, limit, steps, endSteps);
            try {
                draft.numbered(1);
            } catch (InvalidValue invalid) {
                problem(node, where, invalid.messageKey(), invalid.arguments().toArray());
                return null;
            }
            return new ImportedVersion(line(node), draft);
        }

        @Nullable ProcessStep step(Node node, String where) {
            var fields = mapping(node, where, Set.of("code", "name", "mandatory", "roles", "limit"));
            if (fields == null) {
                return null;
            }
            int before = problems.size();
            var code = domain(required(fields, node, "code", where), where + ".code",
                    n -> new StepCode(textOrEmpty(n, where + ".code")));
            var name = name(required(fields, node, "name", where), where + ".name");
            boolean mandatory = true;
            var mandatoryNode = fields.get("mandatory");
            if (mandatoryNode != null) {
                if (mandatoryNode instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
                    mandatory = Boolean.parseBoolean(normalBoolean(scalar.getValue()));
                } else {
                    problem(mandatoryNode, where + ".mandatory", "compliance.manual.yaml.expected-boolean");
                }
            }
            var roles = new LinkedHashSet<String>();
            var rolesNode = required(fields, node, "roles", where);
            var roleList = rolesNode instanceof ScalarNode ? List.of(rolesNode) : list(rolesNode, where + ".roles");
            if (roleList != null) {
                for (var role : roleList) {
                    var value = text(role, where + ".roles");
                    if (value != null) {
                        roles.add(value);
                    }
                }
            }
            var limit = duration(fields.get("limit"), where + ".limit");
            if (problems.size() != before || code == null || name == null || limit == null) {
                return null;
            }
            try {
                return new ProcessStep(code, name, mandatory, roles, limit);
            } catch (InvalidValue invalid) {
                problem(invalid.field().equals("limit") ? fields.get("limit") : rolesNode,
                        where + "." + (invalid.field().equals("limit") ? "limit" : "roles"), invalid.messageKey(),
                        invalid.arguments().toArray());
                return null;
            }
        }

        @Nullable BilingualName name(@Nullable Node node, String where) {
            if (node == null) {
                return null;
            }
            var fields = mapping(node, where, Set.of("zh", "en"));
            if (fields == null) {
                return null;
            }
            var zh = text(required(fields, node, "zh", where), where + ".zh");
            var en = text(required(fields, node, "en", where), where + ".en");
            if (zh == null || en == null) {
                return null;
            }
            try {
                return new BilingualName(zh, en);
            } catch (InvalidValue invalid) {
                var field = invalid.field().equals("nameZh") ? "zh" : "en";
                problem(fields.get(field), where + "." + field, invalid.messageKey(), invalid.arguments().toArray());
                return null;
            }
        }

        @Nullable LocalDate date(@Nullable Node node, String where) {
            var value = text(node, where);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                problem(node, where, "compliance.manual.yaml.date", value);
                return null;
            }
        }

        @Nullable LimitBasis basis(@Nullable Node node, String where) {
            var value = text(node, where);
            if (value == null) {
                return null;
            }
            var basis = parseBasis(value);
            if (basis.isEmpty()) {
                problem(node, where, "compliance.manual.yaml.basis", value);
            }
            return basis.orElse(null);
        }

        /** An absent or empty limit is none; a wrong one is a problem (and null). */
        @Nullable Optional<Duration> duration(@Nullable Node node, String where) {
            if (node == null || node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
                return Optional.empty();
            }
            var value = text(node, where);
            if (value == null) {
                return null;
            }
            if (value.equalsIgnoreCase("none")) {
                return Optional.empty();
            }
            var parsed = parseDuration(value);
            if (parsed.isEmpty()) {
                problem(node, where, "compliance.manual.yaml.duration", value);
                return null;
            }
            return Optional.of(parsed.get());
        }

        <T> @Nullable T domain(@Nullable Node node, String where, java.util.function.Function<Node, T> make) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode)) {
                problem(node, where, "compliance.manual.yaml.expected-text");
                return null;
            }
            try {
                return make.apply(node);
            } catch (InvalidValue invalid) {
                problem(node, where, invalid.messageKey(), invalid.arguments().toArray());
                return null;
            }
        }

        @Nullable Map<String, Node> mapping(Node node, String where, Set<String> allowed) {
            if (!(node instanceof MappingNode mapping)) {
                problem(node, where, "compliance.manual.yaml.expected-mapping");
                return null;
            }
            var fields = new LinkedHashMap<String, Node>();
            for (var tuple : mapping.getValue()) {
                var keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key)) {
                    problem(keyNode, where, "compliance.manual.yaml.expected-text");
                    continue;
                }
                var name = key.getValue();
                if (!allowed.contains(name)) {
                    problem(keyNode, where, "compliance.manual.yaml.unknown-field", name,
                            String.join(", ", allowed.stream().sorted().toList()));
                } else if (fields.putIfAbsent(name, tuple.getValueNode()) != null) {
                    problem(keyNode, where, "compliance.manual.yaml.duplicate-field", name);
                }
            }
            return fields;
        }

        @Nullable List<Node> list(@Nullable Node node, String where) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof SequenceNode sequence)) {
                problem(node, where, "compliance.manual.yaml.expected-list");
                return null;
            }
            return sequence.getValue();
        }

        @Nullable Node required(Map<String, Node> fields, Node parent, String name, String where) {
            var node = fields.get(name);
            if (node == null) {
                problem(parent, where, "compliance.manual.yaml.missing", name);
            }
            return node;
        }

        @Nullable String text(@Nullable Node node, String where) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                problem(node, where, "compliance.manual.yaml.expected-text");
                return null;
            }
            if (Tag.NULL.equals(scalar.getTag())) {
                problem(node, where, "validation.required");
                return null;
            }
            return scalar.getValue().strip();
        }

        String textOrEmpty(Node node, String where) {
            return node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag()) ? scalar.getValue() : "";
        }

        void problem(@Nullable Node node, String where, String key, Object... arguments) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(line(node), where, key, List.of(arguments)));
            }
        }

        static int line(@Nullable Node node) {
            return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        }

        static String normalBoolean(String value) {
            var lower = value.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y")
                    ? "true" : "false";
        }
    }

    /** {@code 30m}, {@code 72h}, {@code 5d}, {@code 1d12h}, {@code 90s}; nothing for anything else. */
    /** {@code calendar} or {@code working}, in any case. */
    static Optional<LimitBasis> parseBasis(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "calendar" -> Optional.of(LimitBasis.CALENDAR);
            case "working" -> Optional.of(LimitBasis.WORKING);
            default -> Optional.empty();
        };
    }

    static Optional<Duration> parseDuration(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        var matcher = DURATION.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        var total = Duration.ZERO;
        try {
            total = total.plusDays(parse(matcher.group(1))).plusHours(parse(matcher.group(2)))
                    .plusMinutes(parse(matcher.group(3))).plusSeconds(parse(matcher.group(4)));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        return total.compareTo(MAX_LIMIT) > 0 ? Optional.empty() : Optional.of(total);
    }

    private static long parse(@Nullable String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** The largest whole unit: {@code 5d}, {@code 72h} would be {@code 3d}, {@code 90m}, {@code 45s}. */
    public static String durationText(Duration duration) {
        return durationText(duration, LimitBasis.CALENDAR);
    }

    /**
     * As {@link #durationText(Duration)}, but never in days for limits counted in working hours, where
     * {@code 3d} (72 hours) could be misread as three working days.
     */
    public static String durationText(Duration duration, LimitBasis basis) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0 && basis == LimitBasis.CALENDAR) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    // ---------------------------------------------------------------- writing

    /** Every process with all its versions, oldest first, in the format {@link #read} reads. */
    public static String write(List<Process> processes) {
        var out = new StringBuilder();
        out.append("# OpsCharter process manual (运营流程手册), file format ").append(FORMAT)
                .append(": see the README, \"Process manual file format\".\n");
        out.append("# Limits: 30m, 72h, 5d (1d = 24h, also for working hours); a step's limit counts from the\n");
        out.append("# previous step that occurred. Leave a limit out for none.\n");
        out.append("format: ").append(FORMAT).append('\n');
        out.append("processes:\n");
        for (var process : processes) {
            out.append("  - code: ").append(process.code().value()).append('\n');
            out.append("    name: ").append(name(process.name())).append('\n');
            out.append("    versions:\n");
            for (var version : process.versions()) {
                version(out, version);
            }
        }
        return out.toString();
    }

    private static void version(StringBuilder out, ProcessVersion version) {
        out.append("      - effective_from: ").append(version.effectiveFrom()).append('\n');
        out.append("        basis: ").append(version.basis().name().toLowerCase(Locale.ROOT)).append('\n');
        version.endToEndLimit().ifPresent(limit ->
                out.append("        end_to_end_limit: ").append(durationText(limit, version.basis())).append('\n'));
        // end steps in the order of the steps
        var ends = version.steps().stream().map(ProcessStep::code).filter(version.endSteps()::contains)
                .map(StepCode::value).toList();
        out.append("        end_steps: [").append(String.join(", ", ends)).append("]\n");
        out.append("        steps:\n");
        for (var step : version.steps()) {
            out.append("          - code: ").append(step.code().value()).append('\n');
            out.append("            name: ").append(name(step.name())).append('\n');
            out.append("            mandatory: ").append(step.mandatory()).append('\n');
            out.append("            roles: [").append(String.join(", ",
                    step.responsibleRoles().stream().sorted().map(ProcessManualYaml::scalar).toList())).append("]\n");
            step.limit().ifPresent(limit ->
                    out.append("            limit: ").append(durationText(limit, version.basis())).append('\n'));
        }
    }

    private static String name(BilingualName name) {
        return "{zh: " + quoted(name.chinese()) + ", en: " + quoted(name.english()) + "}";
    }

    private static String scalar(String value) {
        return PLAIN.matcher(value).matches() && !YAML_WORD.matcher(value).matches() ? value : quoted(value);
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String value) {
        var out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
