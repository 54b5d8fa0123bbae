package org.roundtable.security;

import java.util.Map;
import java.util.Objects;

/**
 * The one place the portal's privacy rules (PRODUCT.md) are written down: who may read a school's records, who
 * reads what a conversation marked <em>district leaders only</em> produced, who reads a private or confidential
 * note. Services ask it — as predicates for one record and as {@link Restriction}s for the queries that list or
 * count records — and never spell a rule out themselves; the unit tests and the access-matrix ITs check it
 * directly and through every service.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    // --- Pages: which parts of the portal a caller may open (the services check every read again) ---------

    private static final java.util.List<String> LEADER_PAGES = java.util.List.of("/observations/", "/rounding/",
            "/checkins/", "/trends/", "/critical/", "/calendar.xhtml", "/people/person.xhtml");
    /** The superintendent's log of who read which confidential record. */
    private static final String CONFIDENTIAL_AUDIT_PAGE = "/critical/reads.xhtml";
    /** Pages only district leaders use: planning visits, the thank-you notes waiting. */
    private static final java.util.List<String> DISTRICT_PAGES = java.util.List.of("/rounding/plan.xhtml",
            "/rounding/recognitions.xhtml");

    /**
     * Whether a signed-in caller may open a page: administration for admins, planning visits and the thank-you
     * notes for district leaders, the leaders' pages (observations, rounding, check-ins, the calendar feed, people
     * memory) for leaders, the rest for anyone signed in. A page a role may not use is refused when it is opened,
     * not after a form was filled in.
     *
     * @param path the path within the portal, e.g. {@code /admin/accounts.xhtml}
     */
    public static boolean mayOpen(Caller caller, String path) {
        if (path.startsWith("/admin/")) {
            return caller.isAdmin();
        }
        if (path.equals(CONFIDENTIAL_AUDIT_PAGE)) {
            return readsConfidentialAudit(caller);
        }
        if (DISTRICT_PAGES.contains(path)) {
            return caller.isDistrictLeader();
        }
        if (LEADER_PAGES.stream().anyMatch(path::startsWith)) {
            return caller.isLeader();
        }
        return true;
    }

    // --- Rule 1: a principal sees their own school only; district leaders see every school --------------------

    /** Whether the caller may read the data of the given school. Admins read no school's data. */
    public static boolean seesSchool(Caller caller, long schoolId) {
        return caller.isDistrictLeader() || (caller.isPrincipal() && caller.schoolId() == schoolId);
    }

    /** The school a caller's lists are limited to, or null when they see the whole district. */
    public static Long schoolScope(Caller caller) {
        return caller.isDistrictLeader() ? null : caller.schoolId();
    }

    // --- Rule 4: the trends' district-wide totals --------------------------------------------------------------

    /**
     * The district-wide figures of the trends a caller sees: every school's, counted without what the caller may not
     * read (rule 7). A principal sees these totals beside their own school's row, never another school's figures.
     *
     * @param leadersOnly the JPQL path of the counted record's leaders-only flag
     */
    public static Restriction trendTotals(Caller caller, String leadersOnly) {
        return leadersOnlyHidden(caller, leadersOnly);
    }

    // --- Rule 7: what a conversation marked district leaders only produced is hidden from the school ----------

    /** Whether the caller reads records marked district leaders only (and what they produced). */
    public static boolean readsLeadersOnly(Caller caller) {
        return caller.isDistrictLeader();
    }

    /** Whether the caller may read one record of a school, marked leaders-only or not. */
    public static boolean mayRead(Caller caller, long schoolId, boolean leadersOnly) {
        return seesSchool(caller, schoolId) && (!leadersOnly || readsLeadersOnly(caller));
    }

    /** What a leaders-only field (a visit's focus) shows the caller: the text, or nothing. */
    public static String leadersOnlyText(Caller caller, String text) {
        return readsLeadersOnly(caller) ? text : null;
    }

    /** Who may mark a record district leaders only, or own what such a record produced. */
    public static boolean mayHandleLeadersOnly(Caller caller) {
        return caller.isDistrictLeader();
    }

    // --- Follow-ups: district leaders, and the leader who owns one -------------------------------------------

    /** Whether the caller reads (and moves along) a follow-up: a district leader, or its owner. */
    public static boolean readsFollowUp(Caller caller, long ownerId) {
        return caller.isDistrictLeader() || (caller.isLeader() && caller.userId() == ownerId);
    }

    /**
     * The follow-ups the caller reads, as a restriction.
     *
     * @param ownerId the JPQL path of the follow-up's owner id
     */
    public static Restriction followUpsReadable(Caller caller, String ownerId) {
        return caller.isDistrictLeader() ? Restriction.NONE
                : new Restriction(Objects.requireNonNull(ownerId) + " = :policyMe", Map.of("policyMe", caller.userId()));
    }

    // --- Check-ins: the two participants write; district leaders and the principal read ----------------------

    /** Whether the caller reads a check-in of this principal's series: district leaders and that principal. */
    public static boolean readsCheckIn(Caller caller, long principalId) {
        return caller.isDistrictLeader() || (caller.isPrincipal() && caller.userId() == principalId);
    }

    /** Whether the caller takes part in a check-in (writes its agenda, notes, actions): its principal or leader. */
    public static boolean takesPart(Caller caller, long principalId, long leaderId) {
        return caller.isLeader() && (caller.userId() == principalId || caller.userId() == leaderId);
    }

    // --- Rules 2 and 3: private and confidential notes ---------------------------------------------------------

    /** A private note on a check-in: its author alone (not the other participant, the superintendent or admins). */
    public static boolean readsPrivateNote(Caller caller, long authorId) {
        return caller.userId() == authorId;
    }

    /** A confidential record (a critical conversation): its author and the superintendent. */
    public static boolean readsConfidential(Caller caller, long authorId) {
        return caller.userId() == authorId || caller.has(Role.SUPERINTENDENT);
    }

    /**
     * Whether the caller learns that a critical conversation took place (its day, staff member, category and
     * status): those who read it, and the principal of the staff member's school. Not other principals, not
     * assistants who did not hold it, not admins.
     */
    public static boolean seesConversationHappened(Caller caller, long authorId, long schoolId) {
        return readsConfidential(caller, authorId) || (caller.isPrincipal() && caller.schoolId() == schoolId);
    }

    /**
     * The critical conversations the caller learns of, as a restriction (see {@link #seesConversationHappened}).
     *
     * @param authorId the JPQL path of the conversation's author id
     * @param schoolId the JPQL path of its school id
     */
    public static Restriction conversationsKnown(Caller caller, String authorId, String schoolId) {
        if (caller.has(Role.SUPERINTENDENT)) {
            return Restriction.NONE;
        }
        if (caller.isPrincipal()) {
            return new Restriction("(" + Objects.requireNonNull(authorId) + " = :policyMe or " + Objects.requireNonNull(schoolId)
                    + " = :policySchool)", Map.of("policyMe", caller.userId(), "policySchool", caller.schoolId()));
        }
        return new Restriction(Objects.requireNonNull(authorId) + " = :policyMe", Map.of("policyMe", caller.userId()));
    }

    /** Who reads the log of reads of confidential records: the superintendent. */
    public static boolean readsConfidentialAudit(Caller caller) {
        return caller.has(Role.SUPERINTENDENT);
    }

    // --- The same rules as query restrictions ------------------------------------------------------------------

    /**
     * The records of schools the caller sees, hiding leaders-only ones from those who may not read them.
     *
     * @param schoolId    the JPQL path of the record's school id, e.g. {@code o.school.id}
     * @param leadersOnly the JPQL path of its leaders-only flag, e.g. {@code o.leadersOnly}
     */
    public static Restriction readable(Caller caller, String schoolId, String leadersOnly) {
        return inScope(caller, schoolId).and(leadersOnlyHidden(caller, leadersOnly));
    }

    /** The records of the schools the caller sees (every school for district leaders). */
    public static Restriction inScope(Caller caller, String schoolId) {
        Long scope = schoolScope(caller);
        if (scope == null && caller.isDistrictLeader()) {
            return Restriction.NONE;
        }
        if (scope == null) {
            return new Restriction("1 = 0", Map.of());
        }
        return new Restriction(Objects.requireNonNull(schoolId) + " = :policySchool", Map.of("policySchool", scope));
    }

    /** Leaders-only records hidden from those who may not read them (when the school was checked already). */
    public static Restriction leadersOnlyHidden(Caller caller, String leadersOnly) {
        return readsLeadersOnly(caller) ? Restriction.NONE
                : new Restriction(Objects.requireNonNull(leadersOnly) + " = false", Map.of());
    }

    /**
     * Visits hidden from a principal: those all of whose conversations are leaders-only (a walk-in made to hear
     * a concern about the principal). A planned visit with no conversation yet stays visible.
     *
     * @param visit the JPQL alias of the visit
     */
    public static Restriction visibleVisit(Caller caller, String visit) {
        if (readsLeadersOnly(caller)) {
            return Restriction.NONE;
        }
        return new Restriction("(not exists (select 1 from Conversation policyHidden where policyHidden.visit = " + visit
                + " and policyHidden.leadersOnly = true) or exists (select 1 from Conversation policyShown"
                + " where policyShown.visit = " + visit + " and policyShown.leadersOnly = false))", Map.of());
    }
}
