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

    /**
     * Where the running server is kept: in the JVM's properties, not a static field, so that the deployments of
     * several test classes in one Payara (each with its own copy of this class and of GreenMail) share the one
     * server on the port instead of the second failing to bind it. Its methods are called reflectively for that
     * reason (the mail API itself is the server's, shared by all deployments).
     */
    private static final String SERVER = "roundtable.test.inbox";

    private Inbox() {
    }

    private static Object server() {
        return System.getProperties().get(SERVER);
    }

    private static Object call(Object server, String method) {
        try {
            return server.getClass().getMethod(method).invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("GreenMail." + method, e);
        }
    }

    /** Starts the server unless it runs. */
    public static void start() {
        synchronized (System.getProperties()) {
            if (server() == null) {
                int port = Integer.parseInt(System.getenv("ROUNDTABLE_SMTP_PORT"));
                GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                server.start();
                System.getProperties().put(SERVER, server);
            }
        }
    }

    /** Stops the server (the SMTP server is down), keeping nothing of what it received. */
    public static void stop() {
        synchronized (System.getProperties()) {
            Object server = server();
            if (server != null) {
                call(server, "stop");
                System.getProperties().remove(SERVER);
            }
        }
    }

    /** The messages to one address, in the order they arrived. */
    public static List<Mail> to(String address) {
        Object server = server();
        if (server == null) {
            return List.of();
        }
        return Arrays.stream((MimeMessage[]) call(server, "getReceivedMessages")).map(Inbox::read)
                .filter(m -> m.to().equals(address)).toList();
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
