package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.mail.MailMessage;
import org.roundtable.mail.Mailer;

/**
 * The weekly digest's transactions: fixing which signals a week tells of, and sending one leader's digest (the claim
 * first, then the message; a failed send rolls both back).
 */
@ApplicationScoped
public class DigestDelivery {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Trends trends;

    /**
     * The signals this week's digest tells of: those told this week already, and those on the list that are new or
     * worse than when a digest last told of them (marked now, in one transaction).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SignalView> news(LocalDate week, LocalDate today) {
        List<SignalView> live = trends.districtSignals();
        Map<String, SignalState> states = new HashMap<>();
        if (!live.isEmpty()) {
            em.createQuery("select s from SignalState s where s.key in :keys", SignalState.class)
                    .setParameter("keys", live.stream().map(SignalView::key).toList()).getResultList()
                    .forEach(s -> states.put(s.getKey(), s));
        }
        List<SignalView> news = new ArrayList<>();
        for (SignalView s : live) {
            SignalState state = states.get(s.key());
            if (state != null && week.equals(state.getDigestWeek())) {
                news.add(s);
                continue;
            }
            if (state != null && (state.isSetAside(s.observed(), today) || !state.isNewsForDigest(s.observed()))) {
                continue;
            }
            if (state == null) {
                state = new SignalState(s.rule(), s.schoolId(), s.themeId());
                em.persist(state);
            }
            state.toldInDigest(s.observed(), week);
            news.add(s);
        }
        return news;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claimAndSend(LocalDate week, long userId, MailMessage message, Instant at) {
        em.persist(new DigestSent(week, userId, at));
        em.flush();
        if (message != null) {
            mailer.send(message);
        }
    }
}
