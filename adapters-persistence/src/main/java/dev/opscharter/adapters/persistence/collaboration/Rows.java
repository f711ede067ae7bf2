package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.DepartmentCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the collaboration stores share: department sets and texts as SQL arrays, and the version check. */
final class Rows {

    private Rows() {
    }

    /** The departments as the array column keeps them, in the record's order. */
    static String[] codes(Collection<DepartmentCode> departments) {
        return departments.stream().map(DepartmentCode::value).toArray(String[]::new);
    }

    static Set<DepartmentCode> departments(ResultSet rs, String column) throws SQLException {
        var codes = new LinkedHashSet<DepartmentCode>();
        for (var code : texts(rs, column)) {
            codes.add(new DepartmentCode(code));
        }
        return codes;
    }

    static String[] array(List<String> texts) {
        return texts.toArray(String[]::new);
    }

    /** The array column's texts; none when it is null. */
    static List<String> texts(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Child rows, each with the id of the record it belongs to, grouped by that id in the order read. */
    static <T> Map<UUID, List<T>> byRecord(List<Map.Entry<UUID, T>> rows) {
        var grouped = new HashMap<UUID, List<T>>();
        rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        return grouped;
    }

    /** An insert, or an update at the version the record was read at, wrote exactly its row, else it was stale. */
    static void wrote(int rows, String entity, Object id) {
        if (rows == 0) {
            throw new ConcurrentModification(entity, id);
        }
    }
}
