package org.roundtable.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.roundtable.platform.DatabaseConfig;

/**
 * Form login against the account table. The login page is a Faces page ({@link Login}) that calls
 * {@code SecurityContext.authenticate}, so it can throttle, audit and show messages next to the fields.
 */
@ApplicationScoped
@DeclareRoles({"SUPERINTENDENT", "ASSISTANT_SUPERINTENDENT", "PRINCIPAL", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseConfig.JNDI_NAME,
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join user_account u on u.id = r.user_id where u.username = ? and u.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashes.ALGORITHM, PasswordHashes.ITERATIONS, PasswordHashes.SALT_SIZE, PasswordHashes.KEY_SIZE
        })
public class SecurityConfig {
}
