package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One of the charter's duty dimensions (职责维度) with its lines, in the charter's order. */
public record DutyDimension(String code, BilingualName name, List<CharterLine> lines) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    public DutyDimension {
        code = code == null ? "" : code.strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValue("dimension", "validation.duty-type", code);
        }
        Objects.requireNonNull(name);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValue("lines", "validation.charter.dimension-empty", code);
        }
    }
}
