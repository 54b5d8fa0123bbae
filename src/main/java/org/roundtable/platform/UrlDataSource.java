package org.roundtable.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that delegates to the driver named by its JDBC URL: H2 for {@code jdbc:h2:} (the
 * embedded default) and MySQL Connector/J for {@code jdbc:mysql:} or {@code jdbc:mariadb:} (MySQL 8 and
 * MariaDB 10.11). It lets one datasource definition serve both modes without a second setting for the
 * class name. Payara creates it by reflection and sets the bean properties below.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; this.delegate = null; }
    public void setURL(String url) { setUrl(url); }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; this.delegate = null; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; this.delegate = null; }

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

    @Override public Connection getConnection() throws SQLException { return delegate().getConnection(); }
    @Override public Connection getConnection(String u, String p) throws SQLException { return delegate().getConnection(u, p); }
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
