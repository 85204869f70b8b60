package org.partnershiprecord.api.views;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection the view queries read through. Normally the live views; while an as-at read is
 * being answered on this thread, the scratch views replayed for it. Only the queries behind
 * {@link AsAtView} endpoints use it: the exempt-content filter, commands and processors always see
 * the live record.
 */
public final class ViewReads {

    private static final ThreadLocal<DataSource> AS_AT = new ThreadLocal<>();

    private final JdbcTemplate jdbc;

    public ViewReads(DataSource live) {
        this.jdbc = new JdbcTemplate(new Routing(live));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Until the answer closes it, view queries on this thread read {@code scratch}. */
    static AutoCloseable readFrom(DataSource scratch) {
        AS_AT.set(scratch);
        return AS_AT::remove;
    }

    private static final class Routing extends DelegatingDataSource {

        private Routing(DataSource live) {
            super(live);
        }

        @Override
        public Connection getConnection() throws SQLException {
            DataSource scratch = AS_AT.get();
            return scratch != null ? scratch.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            DataSource scratch = AS_AT.get();
            return scratch != null ? scratch.getConnection() : super.getConnection(username, password);
        }
    }
}
