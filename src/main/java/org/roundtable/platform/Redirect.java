package org.roundtable.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects within the portal with a relative {@code Location}: never an address built from the request's Host
 * header (Faces' own {@code redirect} makes an absolute one from it).
 */
public final class Redirect {

    private Redirect() {
    }

    /** Sends the browser on to a path of the portal (e.g. {@code /login.xhtml?loggedOut=true}) and ends the response. */
    public static void to(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", ext.getRequestContextPath() + path);
        faces.responseComplete();
    }
}
