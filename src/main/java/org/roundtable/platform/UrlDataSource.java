package org.roundtable.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that delegates to the driver named by its JDBC URL: H2 for {@code jdbc:h2:} (the
 * embedded default) and MySQL Connector/J for {@code jdbc:mysql:} or {@code jdbc:mariadb:} (MySQL 8 and
 * MariaDB 10.11). It lets one datasource definition serve both modes without a second setting for the
 * class name. Payara creates it by reflection and sets the bean properties below.
 *
 * <p>No statement runs away: each connection it makes carries the server's own time limit per statement
 * ({@code statementTimeoutSeconds}, 5 s by default: MariaDB's {@code max_statement_time}, MySQL's
 * {@code max_execution_time}, H2's {@code QUERY_TIMEOUT}); past it the server stops the statement, Hibernate reports
 * a query time-out (for MariaDB through {@link MariaDbDialect}) and the page says the portal is busy. Not the JPA
 * query timeout: Connector/J enforces that with a timer thread per connection, scheduled and woken for every
 * statement, which under load took a fifth of the portal's CPU. Migrations, which may rightly take longer, use
 * {@link #unlimited}.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;
    private int statementTimeoutSeconds = 5;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; this.delegate = null; }
    public void setURL(String url) { setUrl(url); }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; this.delegate = null; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; this.delegate = null; }
    public int getStatementTimeoutSeconds() { return statementTimeoutSeconds; }
    public void setStatementTimeoutSeconds(int seconds) { this.statementTimeoutSeconds = Math.max(0, seconds); }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = create();
            delegate = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set DB_URL, or leave it unset for the embedded H2 database");
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
            mysql.setUrl(url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) : url);
            mysql.setUser(user);
            mysql.setPassword(password == null ? "" : password);
            return mysql;
        }
        throw new SQLException("Unsupported DB_URL '" + url.replaceAll("[?;].*", "")
                + "': use jdbc:mysql:// (MySQL 8, MariaDB 10.11) or jdbc:h2:file:");
    }

    @Override public Connection getConnection() throws SQLException { return limited(delegate().getConnection()); }
    @Override public Connection getConnection(String u, String p) throws SQLException { return limited(delegate().getConnection(u, p)); }

    private Connection limited(Connection c) throws SQLException {
        try {
            limit(c, statementTimeoutSeconds);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Sets the server's time limit per statement on one connection (0: none). */
    static void limit(Connection c, int seconds) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        String sql;
        if ("H2".equals(product)) {
            sql = "SET QUERY_TIMEOUT " + seconds * 1000;
        } else if (c.getMetaData().getDatabaseProductVersion().contains("MariaDB")) {
            sql = "SET SESSION max_statement_time = " + seconds;
        } else {
            sql = "SET SESSION max_execution_time = " + seconds * 1000;
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The portal's pooled datasource for the migrations: the same connections without the time limit while they are
     * held (a migration over a large table takes longer than a page's statement may), with it again when given back.
     */
    public static DataSource unlimited(DataSource pooled, int seconds) {
        return (DataSource) Proxy.newProxyInstance(UrlDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(pooled, method, args);
                    if (result instanceof Connection c && method.getName().equals("getConnection")) {
                        limit(c, 0);
                        return withLimitOnClose(c, seconds);
                    }
                    return result;
                });
    }

    private static Connection withLimitOnClose(Connection c, int seconds) {
        return (Connection) Proxy.newProxyInstance(UrlDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !c.isClosed()) {
                        try {
                            limit(c, seconds);
                        } catch (SQLException e) {
                            // a broken connection goes back without its limit; the pool validates it before use
                        }
                    }
                    return invoke(c, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
    @Override public PrintWriter getLogWriter() { return logWriter; }
    @Override public void setLogWriter(PrintWriter out) { this.logWriter = out; }
    @Override public void setLoginTimeout(int seconds) { this.loginTimeout = seconds; }
    @Override public int getLoginTimeout() { return loginTimeout; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
