package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

    @Test
    void knowsTheEmbeddedDatabaseByItsUrl() {
        assertTrue(UrlDataSource.isEmbedded("jdbc:h2:file:./data/roundtable"));
        assertTrue(UrlDataSource.isEmbedded(null));
        assertFalse(UrlDataSource.isEmbedded("jdbc:mysql://db:3306/roundtable"));
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
