package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    private static DialectResolutionInfo info(String product, String version) {
        return (DialectResolutionInfo) Proxy.newProxyInstance(DialectResolutionInfo.class.getClassLoader(),
                new Class<?>[]{DialectResolutionInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseName" -> product;
                    case "getDatabaseVersion" -> version;
                    case "getDatabaseMajorVersion" -> 5;
                    case "getDatabaseMinorVersion", "getDatabaseMicroVersion", "getDriverMajorVersion",
                         "getDriverMinorVersion" -> 5;
                    default -> null;
                });
    }

    @Test
    void mariaDbBehindTheMySqlCompatibilityVersionGetsItsOwnDialectAndRealVersion() {
        Dialect d = new MariaDbDialectResolver().resolveDialect(info("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"));
        assertInstanceOf(MariaDBDialect.class, d);
        assertEquals(10, d.getVersion().getMajor());
        assertEquals(11, d.getVersion().getMinor());
    }

    @Test
    void mySqlAndH2AreLeftToHibernate() {
        assertNull(new MariaDbDialectResolver().resolveDialect(info("MySQL", "8.4.3")));
        assertNull(new MariaDbDialectResolver().resolveDialect(info("H2", "2.2.224 (2023-09-17)")));
    }
}
