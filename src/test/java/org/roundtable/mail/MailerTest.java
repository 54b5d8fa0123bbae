package org.roundtable.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mail settings: no host keeps mail in the outbox, a host sends it, and a wrong setting says what is wrong. */
class MailerTest {

    private static Mailer mailer(String host, String security) {
        Mailer m = new Mailer();
        m.host = Optional.ofNullable(host);
        m.port = 587;
        m.security = security;
        m.user = Optional.of("roundtable");
        m.password = Optional.of("secret");
        m.from = "Roundtable <roundtable@example.org>";
        m.init();
        return m;
    }

    @Test
    void withoutAHostMailIsKept() {
        assertFalse(mailer(null, "starttls").isSmtp());
        assertFalse(mailer("  ", "starttls").isSmtp());
    }

    @Test
    void withAHostMailIsSentAndStartTlsIsRequired() {
        Mailer m = mailer("smtp.example.org", "starttls");
        assertTrue(m.isSmtp());
        assertEquals("true", m.sessionProperty("mail.smtp.starttls.required"));
        assertEquals("true", m.sessionProperty("mail.smtp.auth"));
        assertEquals("smtps", mailer("smtp.example.org", "SSL").sessionProperty("mail.transport.protocol"));
    }

    @Test
    void anUnknownSecuritySettingIsRefusedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> mailer("smtp.example.org", "tls"));
        assertTrue(e.getMessage().contains("ROUNDTABLE_SMTP_SECURITY"), e.getMessage());
    }
}
