package org.roundtable.security;

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
import java.util.List;
import org.roundtable.people.School;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;

/** User accounts: admins add, change, deactivate and reset them. */
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

    public long create(
            @NotBlank(message = "{account.username.required}") @Size(min = 3, max = 60, message = "{account.username.size}")
            @Pattern(regexp = "[a-z0-9._-]+", message = "{account.username.pattern}") String username,
            @NotNull @Valid AccountDraft draft,
            @NotBlank(message = "{account.password.required}") @Size(min = PasswordHashes.MIN_LENGTH, max = 200,
                    message = "{account.password.size}") String password) {
        Caller caller = guard.requireAdmin("account");
        long taken = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username.strip().toLowerCase()).getSingleResult();
        if (taken > 0) {
            throw new InvalidRequestException("username", "account.username.taken");
        }
        UserAccount u;
        try {
            u = new UserAccount(username, draft.displayName(), draft.email(), hashes.hash(password), draft.roles(),
                    school(draft.schoolId()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("school", e.getMessage());
        }
        em.persist(u);
        em.flush();
        audit.record(caller.username(), Action.ACCOUNT_SAVED, "account", u.getId(), "created " + u.getUsername() + " " + u.getRoles());
        return u.getId();
    }

    /** Changes an account and, when {@code newPassword} is given, its password, in one transaction. */
    public void update(long id, long expectedVersion, @NotNull @Valid AccountDraft draft,
            @Size(min = PasswordHashes.MIN_LENGTH, max = 200, message = "{account.password.size}") String newPassword) {
        Caller caller = guard.requireAdmin("account");
        UserAccount u = load(id, expectedVersion);
        if (u.getId().equals(caller.userId()) && (!draft.active() || !draft.roles().contains(Role.ADMIN))) {
            throw new InvalidRequestException("roles", "account.self.lockout");
        }
        try {
            u.update(draft.displayName(), draft.email(), draft.roles(), school(draft.schoolId()), draft.active());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("school", e.getMessage());
        }
        if (newPassword != null && !newPassword.isEmpty()) {
            u.changePasswordHash(hashes.hash(newPassword));
            audit.record(caller.username(), Action.PASSWORD_RESET, "account", id, u.getUsername());
        }
        em.flush();
        audit.record(caller.username(), Action.ACCOUNT_SAVED, "account", id,
                "changed " + u.getUsername() + " " + u.getRoles() + (u.isActive() ? "" : " (inactive)"));
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
