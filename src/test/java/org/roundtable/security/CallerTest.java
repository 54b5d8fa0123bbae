package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void districtLeadersSeeEverySchool() {
        Caller sup = caller(EnumSet.of(Role.SUPERINTENDENT), null);
        Caller asst = caller(EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null);
        assertTrue(sup.canSeeSchool(1) && sup.canSeeSchool(99));
        assertTrue(asst.canSeeSchool(7));
        assertNull(sup.schoolScope());
        assertTrue(sup.isLeader());
    }

    @Test
    void aPrincipalSeesOnlyTheirSchool() {
        Caller p = caller(EnumSet.of(Role.PRINCIPAL), 7L);
        assertTrue(p.canSeeSchool(7));
        assertFalse(p.canSeeSchool(8));
        assertEquals(7L, p.schoolScope());
        assertTrue(p.isLeader());
        assertFalse(p.isDistrictLeader());
    }

    @Test
    void anAdminIsNoLeaderAndSeesNoSchoolsData() {
        Caller admin = caller(EnumSet.of(Role.ADMIN), null);
        assertFalse(admin.isLeader());
        assertFalse(admin.canSeeSchool(1));
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
