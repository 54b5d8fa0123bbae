package org.roundtable.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Caller;
import org.roundtable.security.CurrentCaller;
import org.roundtable.security.Guard;
import org.roundtable.platform.NotFoundException;

/** The district's theme list. Everyone reads it; admins add, rename and retire themes. */
@ApplicationScoped
@Transactional
public class Themes {

    /** A theme with how many observations use it (the admin page). */
    public record ThemeUsage(long id, String name, boolean retired, long version, long observations)
            implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    CurrentCaller callers;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    /** The themes a leader can pick today, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeRef> active() {
        guard.requireSignedIn();
        return em.createQuery("""
                select new org.roundtable.observation.ThemeRef(t.id, t.name, t.retired)
                from Theme t where t.retired = false order by t.name""", ThemeRef.class).getResultList();
    }

    /** Every theme, retired ones too (filters over old observations). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeRef> all() {
        guard.requireSignedIn();
        return em.createQuery("""
                select new org.roundtable.observation.ThemeRef(t.id, t.name, t.retired)
                from Theme t order by t.retired, t.name""", ThemeRef.class).getResultList();
    }

    /** Every theme with its use count, in one grouped query (admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeUsage> usage() {
        guard.requireAdmin("themes");
        return em.createQuery("""
                select new org.roundtable.observation.Themes$ThemeUsage(t.id, t.name, t.retired, t.version,
                    (select count(ot) from ObservationTheme ot where ot.theme = t))
                from Theme t
                order by t.retired, t.name""", ThemeUsage.class).getResultList();
    }

    public long add(@NotBlank(message = "{theme.name.required}") @Size(max = 60, message = "{theme.name.size}") String name) {
        Caller caller = guard.requireAdmin("theme");
        requireUniqueName(name.strip(), null);
        Theme t = new Theme(name);
        em.persist(t);
        em.flush();
        audit.record(caller.username(), Action.THEME_SAVED, "theme", t.getId(), "added " + t.getName());
        return t.getId();
    }

    public void rename(long id, long expectedVersion,
            @NotBlank(message = "{theme.name.required}") @Size(max = 60, message = "{theme.name.size}") String name) {
        Caller caller = guard.requireAdmin("theme");
        Theme t = load(id, expectedVersion);
        requireUniqueName(name.strip(), id);
        String before = t.getName();
        t.rename(name);
        audit.record(caller.username(), Action.THEME_SAVED, "theme", id, "renamed " + before + " to " + t.getName());
    }

    public void retire(long id, long expectedVersion, boolean retired) {
        Caller caller = guard.requireAdmin("theme");
        Theme t = load(id, expectedVersion);
        if (retired) {
            t.retire();
        } else {
            t.reinstate();
        }
        audit.record(caller.username(), Action.THEME_SAVED, "theme", id, (retired ? "retired " : "reinstated ") + t.getName());
    }

    /** Deletes a theme no observation uses; a used theme can only be retired. */
    public void delete(long id, long expectedVersion) {
        Caller caller = guard.requireAdmin("theme");
        Theme t = load(id, expectedVersion);
        long uses = em.createQuery("select count(ot) from ObservationTheme ot where ot.theme = :t", Long.class)
                .setParameter("t", t).getSingleResult();
        if (uses > 0) {
            throw new InvalidRequestException(null, "theme.delete.used");
        }
        em.remove(t);
        audit.record(caller.username(), Action.THEME_DELETED, "theme", id, t.getName());
    }

    private Theme load(long id, long expectedVersion) {
        Theme t = em.find(Theme.class, id);
        if (t == null) {
            throw new NotFoundException("theme " + id);
        }
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("theme.conflict");
        }
        return t;
    }

    private void requireUniqueName(String name, Long exceptId) {
        long same = em.createQuery("select count(t) from Theme t where lower(t.name) = lower(:n) and (:id is null or t.id <> :id)",
                        Long.class)
                .setParameter("n", name).setParameter("id", exceptId).getSingleResult();
        if (same > 0) {
            throw new InvalidRequestException("name", "theme.name.taken");
        }
    }
}
