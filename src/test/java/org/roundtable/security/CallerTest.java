package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller caller(Set<Role> roles, Long school) {
        return new Caller(1, "someone", "Someone", roles, school);
    }

    @Test
    void districtRolesAndPrincipalsAreLeadersAdminsAreNot() {
        assertTrue(caller(EnumSet.of(Role.SUPERINTENDENT), null).isDistrictLeader());
        assertTrue(caller(EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null).isLeader());
        Caller p = caller(EnumSet.of(Role.PRINCIPAL), 7L);
        assertTrue(p.isLeader());
        assertFalse(p.isDistrictLeader());
        Caller admin = caller(EnumSet.of(Role.ADMIN), null);
        assertFalse(admin.isLeader());
        assertTrue(admin.isAdmin());
    }

    @Test
    void aPrincipalWithoutASchoolCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> caller(EnumSet.of(Role.PRINCIPAL), null));
    }

    @Test
    void rolesAreCopied() {
        EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
        Caller c = caller(roles, null);
        roles.add(Role.SUPERINTENDENT);
        assertFalse(c.isDistrictLeader());
    }
}
