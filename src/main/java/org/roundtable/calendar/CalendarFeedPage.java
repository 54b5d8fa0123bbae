package org.roundtable.calendar;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * "Subscribe in your calendar": issue a private feed address (shown once), replace it, or turn it off.
 */
@Named("calendarFeed")
@ViewScoped
public class CalendarFeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    private Instant issuedAt;
    private String freshUrl;
    private boolean turnedOff;

    public void load() {
        issuedAt = feeds.issuedAt().orElse(null);
    }

    public void issue() {
        String token = feeds.issue();
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        // The portal's public address, when configured: a feed address never takes its host from the request.
        java.util.Optional<String> publicUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("roundtable.public-url", String.class);
        String portal = publicUrl.map(u -> u.replaceAll("/+$", "")).orElseGet(() -> PublicAddress.of(ext.getRequestScheme(),
                ext.getRequestServerName(), ext.getRequestServerPort(), ext.getRequestContextPath()));
        freshUrl = portal + "/calendar/" + token + ".ics";
        issuedAt = feeds.issuedAt().orElse(null);
        turnedOff = false;
    }

    public void revoke() {
        feeds.revoke();
        freshUrl = null;
        issuedAt = null;
        turnedOff = true;
    }

    /** Just turned off on this page (not: never had one). */
    public boolean isTurnedOff() { return turnedOff; }

    public Instant getIssuedAt() { return issuedAt; }

    /** When the feed address was issued, in the server's time zone (the district's). */
    public String getIssuedAtText() {
        return issuedAt == null ? null : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .format(issuedAt.atZone(java.time.ZoneId.systemDefault()));
    }
    public String getFreshUrl() { return freshUrl; }
}
