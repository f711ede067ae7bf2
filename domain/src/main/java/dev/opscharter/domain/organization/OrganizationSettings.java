package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Require;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Organization-wide settings. The time zone decides what "a day", "a quarter" or "a year" means
 * for check periods, survey windows and scorecards.
 */
public record OrganizationSettings(String organizationName, ZoneId timeZone, long version) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    public OrganizationSettings {
        organizationName = Require.text(organizationName, "organizationName", 120);
        Objects.requireNonNull(timeZone);
    }

    public OrganizationSettings change(String newName, ZoneId newZone, long version) {
        return new OrganizationSettings(newName, newZone, version);
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("organizationName", organizationName);
        fields.put("timeZone", timeZone.getId());
        return fields;
    }
}
