package org.roundtable.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/**
 * Logging out: a GET to {@code /logout.xhtml}, a protected view, so only a link from a page of this session
 * (it carries the view token) can log somebody out.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    AuditLog audit;

    public void logout() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String user = ext.getRemoteUser();
        request.logout();
        ext.invalidateSession();
        if (user != null) {
            audit.record(user, Action.LOGOUT, "account", user, null);
        }
        org.roundtable.platform.Redirect.to("/login.xhtml?loggedOut=true");
    }
}
