package org.roundtable.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roundtable.mail.MailFailedException;
import org.roundtable.mail.MailMessage;
import org.roundtable.mail.Mailer;
import org.roundtable.people.School;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;
import org.roundtable.security.PasswordHashes;
import org.roundtable.security.Role;

/**
 * User accounts. Admins add, change and deactivate them, and send a one-time link to choose a password (they
 * never choose or see one). No account changes its own roles; every role granted is audited and mailed to the
 * district's superintendents. Everyone changes their own password.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    PasswordHashes hashes;

    @Inject
    PasswordLinks links;

    @Inject
    Mailer mailer;

    /** Every account, by name; roles come in one batch (no query per row). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountRow> list() {
        guard.requireAdmin("accounts");
        return em.createQuery("select distinct u from UserAccount u left join fetch u.school left join fetch u.roles order by u.displayName",
                        UserAccount.class)
                .getResultList().stream()
                .map(u -> new AccountRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
                        u.getSchool() == null ? null : u.getSchool().getId(),
                        u.getSchool() == null ? null : u.getSchool().getName(), u.isActive(), u.getVersion()))
                .toList();
    }

    /** Adds an account; its owner gets a link to choose their password. */
    public long create(
            @NotBlank(message = "{account.username.required}") @Size(min = 3, max = 60, message = "{account.username.size}")
            @Pattern(regexp = "[a-z0-9._-]+", message = "{account.username.pattern}") String username,
            @NotNull @Valid AccountDraft draft) {
        Caller caller = guard.requireAdmin("account");
        long taken = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username.strip().toLowerCase()).getSingleResult();
        if (taken > 0) {
            throw new InvalidRequestException("username", "account.username.taken");
        }
        UserAccount u;
        try {
            // Nobody knows this password: the owner chooses theirs through the link.
            u = new UserAccount(username, draft.displayName(), draft.email(), hashes.hash(UUID.randomUUID().toString()),
                    draft.roles(), school(draft.schoolId()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage().startsWith("account.admin") ? "roles" : "school", e.getMessage());
        }
        em.persist(u);
        em.flush();
        audit.record(caller.username(), Action.ACCOUNT_SAVED, "account", u.getId(), "created " + u.getUsername() + " " + u.getRoles());
        announceRoles(caller, u, u.getRoles());
        links.send(u, PasswordLink.Purpose.WELCOME, caller.username());
        return u.getId();
    }

    /** Changes an account (never the admin's own roles); deactivating it ends its sessions. */
    public void update(long id, long expectedVersion, @NotNull @Valid AccountDraft draft) {
        Caller caller = guard.requireAdmin("account");
        UserAccount u = load(id, expectedVersion);
        boolean self = u.getId().equals(caller.userId());
        if (self && !draft.active()) {
            throw new InvalidRequestException("active", "account.self.lockout");
        }
        if (self && !draft.roles().equals(u.getRoles())) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "account", id, "changing its own roles");
            throw new InvalidRequestException("roles", "account.self.roles");
        }
        Set<Role> before = u.getRoles();
        try {
            u.update(draft.displayName(), draft.email(), draft.roles(), school(draft.schoolId()), draft.active());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage().startsWith("account.admin") ? "roles" : "school", e.getMessage());
        }
        em.flush();
        audit.record(caller.username(), Action.ACCOUNT_SAVED, "account", id,
                "changed " + u.getUsername() + " " + u.getRoles() + (u.isActive() ? "" : " (inactive)"));
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(u.getRoles());
        granted.removeAll(before);
        if (!granted.isEmpty()) {
            announceRoles(caller, u, granted);
        }
    }

    /** Sends the account's owner a link to choose a new password; their open sessions end now. */
    public void sendPasswordLink(long id) {
        Caller caller = guard.requireAdmin("account");
        UserAccount u = em.find(UserAccount.class, id);
        if (u == null) {
            throw new NotFoundException("account " + id);
        }
        if (!u.isActive()) {
            throw new InvalidRequestException(null, "account.inactive");
        }
        u.endSessions();
        links.send(u, PasswordLink.Purpose.RESET, caller.username());
    }

    /**
     * The caller changes their own password, knowing the current one. Their other sessions end.
     *
     * @return the account's new session epoch, for the session that made the change to carry on
     */
    public int changeMyPassword(@NotNull(message = "{account.password.current}") String current,
            @NotBlank(message = "{account.password.required}") @Size(min = PasswordHashes.MIN_LENGTH, max = 200,
                    message = "{account.password.size}") String newPassword) {
        Caller caller = guard.requireSignedIn();
        UserAccount u = em.find(UserAccount.class, caller.userId());
        if (u == null || !u.isActive()) {
            throw new NotFoundException("account " + caller.userId());
        }
        if (!hashes.matches(current, u.getPasswordHash())) {
            throw new InvalidRequestException("current", "account.password.wrong");
        }
        u.changePasswordHash(hashes.hash(newPassword));
        em.flush();
        audit.record(caller.username(), Action.PASSWORD_RESET, "account", u.getId(), "changed by its owner");
        return u.getSessionEpoch();
    }

    /** Every role granted is mailed to the superintendents: names and roles, no more. */
    private void announceRoles(Caller by, UserAccount u, Set<Role> granted) {
        audit.record(by.username(), Action.ROLE_GRANTED, "account", u.getId(), u.getUsername() + " " + granted);
        List<String> to = em.createQuery("""
                select distinct s.email from UserAccount s join s.roles r where r = :sup and s.active = true""", String.class)
                .setParameter("sup", Role.SUPERINTENDENT).getResultList();
        String body = by.displayName() + " (" + by.username() + ") gave " + u.getDisplayName() + " (" + u.getUsername()
                + ") the role" + (granted.size() == 1 ? " " : "s ") + granted.stream().map(Role::name).sorted().toList()
                + " in Roundtable.\n\nIf this was not agreed, ask your district admin to take it back.\n";
        try {
            for (String address : to) {
                mailer.send(new MailMessage(address, "Roundtable: a role was granted", body));
            }
        } catch (MailFailedException e) {
            throw new InvalidRequestException(null, "account.mail.failed");
        }
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount u = em.find(UserAccount.class, id);
        if (u == null) {
            throw new NotFoundException("account " + id);
        }
        if (u.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("account.conflict");
        }
        return u;
    }

    private School school(Long id) {
        if (id == null) {
            return null;
        }
        School s = em.find(School.class, id);
        if (s == null) {
            throw new InvalidRequestException("school", "account.school.unknown");
        }
        return s;
    }
}
