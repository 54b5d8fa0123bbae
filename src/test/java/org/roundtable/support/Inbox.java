package org.roundtable.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test's Payara, on the port failsafe reserved and handed to the portal
 * as {@code ROUNDTABLE_SMTP_PORT}: what the portal sends is read back from here.
 */
public final class Inbox {

    /** One message as it arrived. */
    public record Mail(String to, String from, String subject, String body) {
    }

    private static GreenMail server;

    private Inbox() {
    }

    /** Starts the server unless it runs. */
    public static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getenv("ROUNDTABLE_SMTP_PORT"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server (the SMTP server is down), keeping nothing of what it received. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages to one address, in the order they arrived. */
    public static synchronized List<Mail> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(Inbox::read).filter(m -> m.to().equals(address)).toList();
    }

    private static Mail read(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return new Mail(to == null || to.length == 0 ? "" : to[0].toString(), m.getFrom()[0].toString(),
                    m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
