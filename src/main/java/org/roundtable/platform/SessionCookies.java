package org.roundtable.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly (web.xml) and SameSite=Lax (config/pre-boot-commands.asadmin: Payara 6 ignores
 * the Servlet 6 cookie attributes); here it also becomes Secure when the portal is served over HTTPS.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("ROUNDTABLE_SECURE_COOKIES", Boolean.class).orElse(false)) {
            cookie.setSecure(true);
        }
    }
}
