package org.roundtable.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ResourceBundle;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/** The login form: throttled, audited, and a fresh session id once the user is in. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    private String username;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String name = username == null ? "" : username.strip().toLowerCase();

        Duration wait = throttle.waitFor(name);
        if (!wait.isZero()) {
            audit.record(name, Action.LOGIN_THROTTLED, "account", name, "from " + request.getRemoteAddr());
            message(faces, "login.throttled", Math.max(1, wait.toSeconds()));
            return;
        }
        // Not a "new authentication": that would discard the page the user first asked for (LoginToContinue's saved
        // request). Kept, the mechanism answers SEND_CONTINUE and redirects there; without one it answers SUCCESS.
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(name, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                throttle.succeeded(name);
                // A fresh session id for the signed-in session: an id planted before login is worthless.
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                audit.record(name, Action.LOGIN, "account", name, "from " + request.getRemoteAddr());
                if (status == AuthenticationStatus.SUCCESS) {
                    ext.redirect(ext.getRequestContextPath() + "/");
                } else {
                    faces.responseComplete(); // the mechanism sends the user on to the page they first asked for
                }
            }
            default -> {
                throttle.failed(name);
                audit.record(name, Action.LOGIN_FAILED, "account", name, "from " + request.getRemoteAddr());
                message(faces, "login.failed");
            }
        }
    }

    private static void message(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = java.text.MessageFormat.format(bundle.getString(key), args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
