package org.roundtable.account;

import org.roundtable.security.PasswordHashes;
import org.roundtable.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/** Creates the first admin of a new installation from the environment, once. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    AuditLog audit;

    /** Creates the admin account unless an account of that name exists; an existing one is left alone. */
    @Transactional
    public boolean ensure(String username, String password) {
        String name = username.strip().toLowerCase();
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            LOG.severe("ROUNDTABLE_ADMIN_USER must be 3-60 characters of a-z, 0-9, '.', '_' or '-': no admin created");
            return false;
        }
        if (password.length() < PasswordHashes.MIN_LENGTH) {
            LOG.severe("ROUNDTABLE_ADMIN_PASSWORD must have at least " + PasswordHashes.MIN_LENGTH
                    + " characters: no admin created");
            return false;
        }
        long existing = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", name).getSingleResult();
        if (existing > 0) {
            return false;
        }
        UserAccount admin = new UserAccount(name, "Administrator", name + "@localhost", hashes.hash(password),
                EnumSet.of(Role.ADMIN), null);
        em.persist(admin);
        em.flush();
        audit.record("system", Action.ACCOUNT_SAVED, "account", admin.getId(), "first admin " + name);
        LOG.info(() -> "Created the first admin account '" + name + "' from ROUNDTABLE_ADMIN_USER");
        return true;
    }
}
