package org.roundtable.platform;

import java.sql.SQLException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.internal.util.JdbcExceptionHelper;

/**
 * MariaDB as Hibernate knows it, plus one thing it does not: a statement the server stopped at its time limit
 * ({@link UrlDataSource}'s {@code max_statement_time}, error 1969) is a query time-out, which the portal answers with its busy page.
 */
public class MariaDbDialect extends MariaDBDialect {

    /** ER_STATEMENT_TIMEOUT: "Query execution was interrupted (max_statement_time exceeded)". */
    static final int STATEMENT_TIMEOUT = 1969;

    public MariaDbDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
        SQLExceptionConversionDelegate standard = super.buildSQLExceptionConversionDelegate();
        return (SQLException e, String message, String sql) -> JdbcExceptionHelper.extractErrorCode(e) == STATEMENT_TIMEOUT
                ? new QueryTimeoutException(message, e, sql)
                : standard == null ? null : standard.convert(e, message, sql);
    }
}
