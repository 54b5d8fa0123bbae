package org.roundtable.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.ActingCaller.as;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.Page;
import org.roundtable.security.Caller;
import org.roundtable.security.Role;
import org.roundtable.support.Deployments;
import org.roundtable.support.TestData;

/** The directory and its admin operations in Payara against MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(PeopleIT.class);
    }

    @Inject
    People people;

    @Inject
    TestData data;

    Caller admin;
    Caller superintendent;
    long school;

    @BeforeEach
    void setUp() {
        admin = data.account(Role.ADMIN, null);
        superintendent = data.account(Role.SUPERINTENDENT, null);
        school = data.school("Directory High");
    }

    @Test
    void staffAreSearchedByNameRoleGroupAndSchoolAndPaged() throws Exception {
        for (int i = 0; i < 30; i++) {
            data.staff(school, "Teacher " + (char) ('A' + i % 26) + i, RoleGroup.TEACHER);
        }
        data.staff(school, "Olga O'Neil_100%", RoleGroup.CUSTODIAL);
        Page<StaffRow> page = as(superintendent, () -> people.staff(school, RoleGroup.TEACHER, null, false, 0, 25));
        assertEquals(30, page.total());
        assertEquals(25, page.rows().size());
        Page<StaffRow> byName = as(superintendent, () -> people.staff(school, null, "o'neil_100%", false, 0, 25));
        assertEquals(List.of("Olga O'Neil_100%"), byName.rows().stream().map(StaffRow::fullName).toList());
        Page<StaffRow> wildcard = as(superintendent, () -> people.staff(school, null, "%", false, 0, 25));
        assertEquals(1, wildcard.total(), "'%' is a character to find, not a wildcard");
    }

    @Test
    void inactiveStaffAreHiddenUnlessAsked() throws Exception {
        long id = data.staff(school, "Leaving Lee", RoleGroup.OFFICE);
        as(admin, () -> people.updateStaff(id, 0, new StaffDraft(school, "Leaving Lee", RoleGroup.OFFICE, false)));
        assertEquals(0, as(superintendent, () -> people.staff(school, null, "Leaving", false, 0, 10)).total());
        assertEquals(1, as(superintendent, () -> people.staff(school, null, "Leaving", true, 0, 10)).total());
    }

    @Test
    void schoolsListTheirActiveHeadCount() throws Exception {
        data.staff(school, "One", RoleGroup.TEACHER);
        data.staff(school, "Two", RoleGroup.COUNSELOR);
        SchoolSummary s = as(superintendent, () -> people.schools()).stream().filter(x -> x.id() == school).findFirst().orElseThrow();
        assertEquals(2, s.activeStaff());
    }

    @Test
    void schoolNamesAreUniqueAndRequiredAndEditsAreVersioned() throws Exception {
        String name = TestData.unique("Unique Elementary");
        long id = as(admin, () -> people.addSchool(name, SchoolLevel.ELEMENTARY));
        InvalidRequestException taken = assertThrows(InvalidRequestException.class,
                () -> as(admin, () -> people.addSchool(name.toUpperCase(), SchoolLevel.HIGH)));
        assertEquals("school.name.taken", taken.messageKey());
        assertThrows(ConstraintViolationException.class, () -> as(admin, () -> people.addSchool("  ", SchoolLevel.HIGH)));
        assertThrows(ConstraintViolationException.class, () -> as(admin, () -> people.addSchool("x".repeat(121), SchoolLevel.HIGH)));
        as(admin, () -> people.updateSchool(id, 0, name + " renamed", SchoolLevel.MIDDLE));
        assertThrows(ConcurrentEditException.class,
                () -> as(admin, () -> people.updateSchool(id, 0, name + " again", SchoolLevel.MIDDLE)));
    }

    @Test
    void studentsAreNeverStaff() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> as(admin, () -> people.addStaff(new StaffDraft(school, "A Student", RoleGroup.STUDENTS, true))));
        assertEquals("staff.roleGroup.students", e.messageKey());
        assertThrows(ConstraintViolationException.class,
                () -> as(admin, () -> people.addStaff(new StaffDraft(null, "", null, true))));
    }
}
