package org.roundtable.calendar;

/** The portal's address as a client reached it, for links that leave the page (feed addresses, links in feeds). */
final class PublicAddress {

    private PublicAddress() {
    }

    /** {@code scheme://host[:port]contextPath}, without the port when it is the scheme's default. */
    static String of(String scheme, String host, int port, String contextPath) {
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + contextPath;
    }
}
