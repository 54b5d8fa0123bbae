package org.roundtable.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.roundtable.platform.Redirect;
import org.roundtable.platform.FormErrors;

/**
 * The page a password link opens, without signing in: choose a password (twice), once. A used, expired or
 * unknown link says so and offers nothing else. Stateless (request scoped, the token travels in the form).
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordLinks links;

    @Inject
    FormErrors errors;

    private String token;
    private String username;
    private String password;
    private String repeated;

    public void load() {
        username = links.usableFor(token).orElse(null);
    }

    public void save() {
        if (password != null && !password.equals(repeated)) {
            errors.error("password:repeated", "account.password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            links.setPassword(token, password);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("password", "password:password", "arg1", "password:password"));
            return;
        }
        Redirect.to("/login.xhtml?passwordSet=true");
    }

    public boolean isUsable() { return username != null; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
