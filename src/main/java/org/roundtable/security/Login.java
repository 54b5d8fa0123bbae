package org.roundtable.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/**
 * The login form: throttled per account, address and pair ({@link LoginThrottle}), the same time spent for an
 * unknown name as for a wrong password, audited, a fresh session id once the user is in, the password hash
 * brought up to today's strength, and on to the page first asked for.
 */
@Named
@RequestScoped
public class Login {

    private static final Logger LOG = Logger.getLogger(Login.class.getName());

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    Credentials credentials;

    @Inject
    PasswordHashes hashes;

    @Inject
    AuditLog audit;

    private String username;
    private String password;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String name = LoginThrottle.normalized(username);
        String secret = password == null ? "" : password;
        String address = request.getRemoteAddr();

        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            audit.record(name, Action.LOGIN_THROTTLED, "account", name, "from " + address);
            message(faces, "login.throttled", Math.max(1, wait.toSeconds()));
            return;
        }
        Optional<Credentials.Stored> stored = credentials.active(name);
        AuthenticationStatus status;
        if (stored.isEmpty()) {
            // No such active account: spend a verification's time anyway, so timing does not tell names apart.
            hashes.matchesNobody(secret);
            status = AuthenticationStatus.SEND_FAILURE;
        } else {
            // Not a "new authentication": that would discard any saved request of the mechanism.
            status = securityContext.authenticate(request, response, withParams().newAuthentication(false)
                    .credential(new UsernamePasswordCredential(name, new Password(secret))));
        }
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                Credentials.Stored account = stored.orElseThrow();
                throttle.succeeded(name, address);
                if (PasswordHashes.needsRehash(account.hash())) {
                    credentials.rehash(account.userId(), account.hash(), hashes.hash(secret));
                }
                // A fresh session id for the signed-in session: an id planted before login is worthless.
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                LoggedInCaller.signedIn(request.getSession(), account.sessionEpoch());
                audit.record(name, Action.LOGIN, "account", name, "from " + address);
                if (status == AuthenticationStatus.SUCCESS) {
                    // A checked path within the portal (AccessFilter.safeNext), nothing from the Host header.
                    org.roundtable.platform.Redirect.to(AccessFilter.safeNext(request.getParameter("next")));
                } else {
                    faces.responseComplete(); // the mechanism sends the user on to the page they first asked for
                }
            }
            default -> {
                try {
                    throttle.failed(name, address);
                } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                    // Two failures for a new key at the same moment: one of them is not counted.
                    LOG.fine(() -> "Login failure not counted: " + e);
                }
                audit.record(name, Action.LOGIN_FAILED, "account", name, "from " + address);
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
