package org.roundtable.critical;

/** Who does an agreed next step: the staff member or the leader who held the conversation. */
public enum StepOwner {
    STAFF_MEMBER, LEADER
}
