package org.roundtable.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.roundtable.account.LeaderRef;
import org.roundtable.security.Guard;
import org.roundtable.security.Role;

/** The principals a district leader can start a series with: active ones without an active series. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrincipalChoices {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    public List<LeaderRef> withoutSeries() {
        guard.requireDistrictLeader("series", null);
        return em.createQuery("""
                select new org.roundtable.account.LeaderRef(u.id, concat(u.displayName, ' · ', s.name))
                from UserAccount u join u.roles r join u.school s
                where u.active = true and r = :principal
                  and not exists (select 1 from CheckInSeries c where c.principal = u)
                order by u.displayName""", LeaderRef.class)
                .setParameter("principal", Role.PRINCIPAL)
                .getResultList();
    }
}
