package org.roundtable.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.roundtable.platform.FormErrors;
import org.roundtable.security.LoggedInCaller;
import org.roundtable.security.LoginThrottle;
import org.roundtable.security.Me;

/**
 * The signed-in person's own account: change the password, knowing the current one. Wrong current passwords
 * count against the same throttle as sign-ins, so the form is no way around it.
 */
@Named
@RequestScoped
public class MyAccount {

    private static final Map<String, String> FIELDS = Map.of("current", "mine:current", "arg0", "mine:current",
            "newPassword", "mine:password", "arg1", "mine:password");

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Me me;

    @Inject
    FormErrors errors;

    private String current;
    private String password;
    private String repeated;

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(me.getUsername(), address);
        if (!wait.isZero()) {
            errors.error("mine:current", "account.password.throttled");
            faces.validationFailed();
            return;
        }
        if (password != null && !password.equals(repeated)) {
            errors.error("mine:repeated", "account.password.mismatch");
            faces.validationFailed();
            return;
        }
        int epoch;
        try {
            epoch = accounts.changeMyPassword(current, password);
        } catch (org.roundtable.platform.InvalidRequestException e) {
            if ("current".equals(e.field())) {
                throttle.failed(me.getUsername(), address);
            }
            errors.show(e, FIELDS);
            return;
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        // This session carries on under the new password; every other one has ended.
        LoggedInCaller.signedIn(request.getSession(), epoch);
        current = null;
        password = null;
        repeated = null;
        errors.notice("myAccount.changed");
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
