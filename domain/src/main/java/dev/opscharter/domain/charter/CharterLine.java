package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Require;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the charter: a duty in the charter's own words, how Operations is involved, and for
 * work it does not own the department that leads or owns it, and whether that department (or
 * management) must sign the work off.
 */
public record CharterLine(DutyType dutyType, String textZh, String textEn, Involvement involvement,
                          Optional<DepartmentId> department, Optional<SignOffAuthority> signOff) {

    public static final int MAX_TEXT = 300;

    public CharterLine {
        Objects.requireNonNull(dutyType);
        textZh = Require.text(textZh, "textZh", MAX_TEXT);
        textEn = Require.text(textEn, "textEn", MAX_TEXT);
        Require.present(involvement, "involvement");
        Objects.requireNonNull(department);
        Objects.requireNonNull(signOff);
        switch (involvement) {
            case OWN -> {
                if (department.isPresent()) {
                    throw new InvalidValue("department", "validation.charter-line.own-has-department");
                }
                if (signOff.isPresent()) {
                    throw new InvalidValue("signOff", "validation.charter-line.sign-off-needs-exclusion");
                }
            }
            case PARTICIPATE -> {
                Require.present(department.orElse(null), "department");
                if (signOff.isPresent()) {
                    throw new InvalidValue("signOff", "validation.charter-line.sign-off-needs-exclusion");
                }
            }
            case EXCLUDED -> Require.present(department.orElse(null), "department");
        }
    }

    public static CharterLine own(String type, String zh, String en) {
        return new CharterLine(new DutyType(type), zh, en, Involvement.OWN, Optional.empty(), Optional.empty());
    }

    public static CharterLine participate(String type, String zh, String en, DepartmentId lead) {
        return new CharterLine(new DutyType(type), zh, en, Involvement.PARTICIPATE, Optional.of(lead),
                Optional.empty());
    }

    public static CharterLine excluded(String type, String zh, String en, DepartmentId owner) {
        return new CharterLine(new DutyType(type), zh, en, Involvement.EXCLUDED, Optional.of(owner),
                Optional.empty());
    }

    public static CharterLine reserved(String type, String zh, String en, DepartmentId owner,
                                       SignOffAuthority authority) {
        return new CharterLine(new DutyType(type), zh, en, Involvement.EXCLUDED, Optional.of(owner),
                Optional.of(authority));
    }

    public String text(Language language) {
        return language == Language.ZH_CN ? textZh : textEn;
    }
}
