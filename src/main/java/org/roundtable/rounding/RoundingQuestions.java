package org.roundtable.rounding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;

/** The district's rounding questions: leaders read the active ones in order; admins edit the list. */
@ApplicationScoped
@Transactional
public class RoundingQuestions {

    private static final String ROW = "select new org.roundtable.rounding.QuestionRow(q.id, q.position, q.text, q.active, q.version)"
            + " from RoundingQuestion q";

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    /** The questions asked in conversations, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionRow> active() {
        guard.requireLeader("questions", null);
        return em.createQuery(ROW + " where q.active = true order by q.position, q.id", QuestionRow.class).getResultList();
    }

    /** Every question, retired ones last (admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionRow> all() {
        guard.requireAdmin("questions");
        return em.createQuery(ROW + " order by q.active desc, q.position, q.id", QuestionRow.class).getResultList();
    }

    public long add(@NotBlank(message = "{question.text.required}")
            @Size(max = RoundingQuestion.MAX_TEXT, message = "{question.text.size}") String text) {
        Caller caller = guard.requireAdmin("questions");
        Integer last = em.createQuery("select max(q.position) from RoundingQuestion q", Integer.class).getSingleResult();
        RoundingQuestion q = new RoundingQuestion(last == null ? 1 : last + 1, text);
        em.persist(q);
        em.flush();
        audit.record(caller.username(), Action.QUESTION_SAVED, "question", q.getId(), "added");
        return q.getId();
    }

    public void reword(long id, long expectedVersion, @NotBlank(message = "{question.text.required}")
            @Size(max = RoundingQuestion.MAX_TEXT, message = "{question.text.size}") String text) {
        Caller caller = guard.requireAdmin("questions");
        current(id, expectedVersion).reword(text);
        em.flush();
        audit.record(caller.username(), Action.QUESTION_SAVED, "question", id, "reworded");
    }

    /** Retires (or brings back) a question; conversations keep the wording they were asked in. */
    public void setActive(long id, long expectedVersion, boolean active) {
        Caller caller = guard.requireAdmin("questions");
        RoundingQuestion q = current(id, expectedVersion);
        if (active) {
            q.restore();
        } else {
            q.retire();
        }
        em.flush();
        audit.record(caller.username(), Action.QUESTION_SAVED, "question", id, active ? "restored" : "retired");
    }

    /** Moves a question one place up (-1) or down (+1) among the active ones. */
    public void move(long id, int direction) {
        Caller caller = guard.requireAdmin("questions");
        List<RoundingQuestion> list = em.createQuery(
                "select q from RoundingQuestion q where q.active = true order by q.position, q.id", RoundingQuestion.class)
                .getResultList();
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId().longValue() == id) {
                at = i;
            }
        }
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= list.size()) {
            return;
        }
        RoundingQuestion moving = list.remove(at);
        list.add(to, moving);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        em.flush();
        audit.record(caller.username(), Action.QUESTION_SAVED, "question", id, "moved");
    }

    /** The wording of the given questions (active or not), for storing with the answers. */
    Map<Long, String> wordingOf(Collection<Long> ids) {
        Map<Long, String> map = new HashMap<>();
        if (ids.isEmpty()) {
            return map;
        }
        em.createQuery("select q.id, q.text from RoundingQuestion q where q.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> map.put((Long) r[0], (String) r[1]));
        return map;
    }

    private RoundingQuestion current(long id, long expectedVersion) {
        RoundingQuestion q = em.find(RoundingQuestion.class, id);
        if (q == null) {
            throw new InvalidRequestException(null, "question.gone");
        }
        if (q.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("question.conflict");
        }
        return q;
    }
}
