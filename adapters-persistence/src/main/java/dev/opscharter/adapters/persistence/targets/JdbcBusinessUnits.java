package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Business units in {@code target_business_unit}; a code is unique (its constraint refuses a taken one). */
@Component
class JdbcBusinessUnits implements BusinessUnits {

    static final String CODE_TAKEN = "validation.targets.unit-code-taken";
    private static final String ENTITY = "BusinessUnit";
    private static final String SELECT = "select id, code, name_zh, name_en, department_id, active, version"
            + " from target_business_unit";
    private static final Map<String, String> SORT_KEYS = Map.of("code", "code", "name", "name_zh",
            "nameZh", "name_zh", "nameEn", "name_en");
    private static final RowMapper<BusinessUnit> UNIT = (rs, row) -> new BusinessUnit(
            new BusinessUnitId(rs.getObject("id", UUID.class)), rs.getString("code"),
            new BilingualName(rs.getString("name_zh"), rs.getString("name_en")),
            Optional.ofNullable(rs.getObject("department_id", UUID.class)).map(DepartmentId::new),
            rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    JdbcBusinessUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BusinessUnit save(BusinessUnit unit) {
        return Saves.translated(ENTITY, unit.id(),
                Map.of("target_business_unit_code_unique", () -> new InvalidValue("code", CODE_TAKEN, unit.code())),
                () -> unit.version() == 0 ? insert(unit) : update(unit));
    }

    private BusinessUnit insert(BusinessUnit unit) {
        bind(jdbc.sql("""
                insert into target_business_unit (id, code, name_zh, name_en, department_id, active, version)
                values (:id, :code, :nameZh, :nameEn, :department, :active, 1)"""), unit).update();
        return withVersion(unit, 1);
    }

    private BusinessUnit update(BusinessUnit unit) {
        int updated = bind(jdbc.sql("""
                update target_business_unit set code = :code, name_zh = :nameZh, name_en = :nameEn,
                    department_id = :department, active = :active, version = version + 1
                where id = :id and version = :version"""), unit).param("version", unit.version()).update();
        if (updated == 0) {
            throw new ConcurrentModification(ENTITY, unit.id());
        }
        return withVersion(unit, unit.version() + 1);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, BusinessUnit unit) {
        return statement.param("id", unit.id().value())
                .param("code", unit.code())
                .param("nameZh", unit.name().chinese())
                .param("nameEn", unit.name().english())
                .param("department", unit.department().map(DepartmentId::value).orElse(null), Types.OTHER)
                .param("active", unit.active());
    }

    private static BusinessUnit withVersion(BusinessUnit unit, long version) {
        return new BusinessUnit(unit.id(), unit.code(), unit.name(), unit.department(), unit.active(), version);
    }

    @Override
    public Optional<BusinessUnit> byId(BusinessUnitId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(UNIT).optional();
    }

    @Override
    public Optional<BusinessUnit> byCode(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(UNIT).optional();
    }

    @Override
    public List<BusinessUnit> page(boolean includeInactive, PageRequest page) {
        return jdbc.sql(SELECT + " where (active or :inactive)" + SqlPage.orderAndLimit(page, SORT_KEYS, "code"))
                .param("inactive", includeInactive)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(UNIT).list();
    }

    @Override
    public long count(boolean includeInactive) {
        return jdbc.sql("select count(*) from target_business_unit where (active or :inactive)")
                .param("inactive", includeInactive).query(Long.class).single();
    }
}
