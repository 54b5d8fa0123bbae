package org.roundtable.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Connector/J reports MariaDB 10.x as MySQL {@code 5.5.5-10.11.x-MariaDB}, which Hibernate's MySQL dialect
 * refuses (HHH000511). This resolver answers {@link MariaDbDialect} with the real version when the version
 * string says MariaDB, and nothing otherwise, so H2 and MySQL resolve as usual.
 */
public class MariaDbDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version == null || !version.contains("MariaDB")) {
            return null;
        }
        Matcher m = MARIADB_VERSION.matcher(version);
        DatabaseVersion real = m.find()
                ? DatabaseVersion.make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : info;
        return new MariaDbDialect(real);
    }
}
