package org.partnershiprecord.projections.common;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Small conversions between view columns and Java values. */
public final class Sql {

    private Sql() {
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
