package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

    @Test
    void picksTheDriverFromTheUrl() throws Exception {
        UrlDataSource h2 = new UrlDataSource();
        h2.setUrl("jdbc:h2:mem:urltest;MODE=MySQL");
        h2.setUser("sa");
        try (var c = h2.getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
        }
        assertTrue(h2.isWrapperFor(UrlDataSource.class));
    }

    @Test
    void refusesUnknownDatabasesWithoutLeakingTheUrlParameters() {
        UrlDataSource ds = new UrlDataSource();
        ds.setUrl("jdbc:postgresql://db/roundtable?password=secret");
        SQLException e = assertThrows(SQLException.class, ds::getConnection);
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:mysql://"));
    }

    @Test
    void aMissingUrlSaysWhatToSet() {
        SQLException e = assertThrows(SQLException.class, new UrlDataSource()::getConnection);
        assertTrue(e.getMessage().contains("DB_URL"));
    }
}
