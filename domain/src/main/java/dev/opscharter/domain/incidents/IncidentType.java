package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Require;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static dev.opscharter.domain.incidents.IncidentStep.EMERGENCY_MEASURE;
import static dev.opscharter.domain.incidents.IncidentStep.LOCATE_CAUSE;
import static dev.opscharter.domain.incidents.IncidentStep.NOTIFY_STAKEHOLDERS;
import static dev.opscharter.domain.incidents.IncidentStep.POST_MORTEM;

/**
 * A kind of incident with its response limit for each step: a system failure's cause is located within hours, a
 * major complaint is handled in the working hours of the service team. The code is the type's key.
 */
public record IncidentType(String code, BilingualName name, StepLimits limits) {

    public static final String SYSTEM_FAILURE = "SYSTEM_FAILURE";
    public static final String ORDER_SURGE = "ORDER_SURGE";
    /** The type a major complaint opens (SPEC §5 "Complaints"). */
    public static final String MAJOR_COMPLAINT = "MAJOR_COMPLAINT";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public IncidentType {
        code = Require.text(code, "code", 40);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValue("code", "validation.incidents.type-code");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
    }

    /** The types an organization starts with; their limits may be changed, their codes are kept. */
    public static List<IncidentType> defaults() {
        return List.of(
                new IncidentType(SYSTEM_FAILURE, new BilingualName("系统故障", "System failure"),
                        limits(LimitBasis.CALENDAR, 2, 4, 8, 120)),
                new IncidentType(ORDER_SURGE, new BilingualName("订单激增", "Order surge"),
                        limits(LimitBasis.CALENDAR, 4, 8, 12, 168)),
                new IncidentType(MAJOR_COMPLAINT, new BilingualName("重大投诉", "Major complaint"),
                        limits(LimitBasis.WORKING, 4, 8, 16, 40)));
    }

    private static StepLimits limits(LimitBasis basis, int cause, int measure, int notify, int postMortem) {
        return new StepLimits(basis, Map.of(LOCATE_CAUSE, Duration.ofHours(cause),
                EMERGENCY_MEASURE, Duration.ofHours(measure), NOTIFY_STAKEHOLDERS, Duration.ofHours(notify),
                POST_MORTEM, Duration.ofHours(postMortem)));
    }
}
