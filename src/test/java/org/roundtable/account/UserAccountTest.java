package org.roundtable.account;

import org.roundtable.security.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;

class UserAccountTest {

    private final School school = new School("Maple Grove Elementary", SchoolLevel.ELEMENTARY);

    @Test
    void usernamesAreStoredInLowerCase() {
        UserAccount u = new UserAccount("  Dana.W ", "Dana", "d@x.org", "hash", EnumSet.of(Role.PRINCIPAL), school);
        assertEquals("dana.w", u.getUsername());
    }

    @Test
    void aPrincipalNeedsASchoolAndOthersHaveNone() {
        IllegalArgumentException noSchool = assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("p", "P", "p@x.org", "h", EnumSet.of(Role.PRINCIPAL), null));
        assertEquals("account.principal.needsSchool", noSchool.getMessage());
        IllegalArgumentException school = assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("s", "S", "s@x.org", "h", EnumSet.of(Role.SUPERINTENDENT), this.school));
        assertEquals("account.school.onlyPrincipal", school.getMessage());
    }

    @Test
    void nobodyIsBothPrincipalAndDistrictLeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UserAccount("x", "X",
                "x@x.org", "h", EnumSet.of(Role.PRINCIPAL, Role.ASSISTANT_SUPERINTENDENT), school));
        assertEquals("account.principal.notDistrict", e.getMessage());
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        UserAccount u = new UserAccount("a", "A", "a@x.org", "h", EnumSet.of(Role.ADMIN), null);
        u.getRoles().add(Role.SUPERINTENDENT);
        assertEquals(EnumSet.of(Role.ADMIN), u.getRoles());
    }
}
