package org.roundtable.security;

/** The roles of the portal; the names are the Jakarta Security group names. */
public enum Role {
    SUPERINTENDENT, ASSISTANT_SUPERINTENDENT, PRINCIPAL, ADMIN;

    /** District leaders see every school. */
    public boolean isDistrictLeader() {
        return this == SUPERINTENDENT || this == ASSISTANT_SUPERINTENDENT;
    }
}
