package org.roundtable.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.roundtable.people.SchoolLevel;

/** The demo district never puts a 7th grade in an elementary school. */
class GradeWordsTest {

    @Test
    void aGradeTheSchoolTeachesStays() {
        assertEquals("Referrals for defiance have climbed in 7th grade.",
                GradeWords.fit("Referrals for defiance have climbed in 7th grade.", SchoolLevel.MIDDLE));
        assertEquals("Technology refresh for grade 3", GradeWords.fit("Technology refresh for grade 3", SchoolLevel.ELEMENTARY));
    }

    @Test
    void aGradeItDoesNotTeachBecomesOneOfItsOwn() {
        assertEquals("Long-term sub in 3rd grade science.", GradeWords.fit("Long-term sub in 7th grade science.", SchoolLevel.ELEMENTARY));
        assertEquals("A peer mentoring program for incoming 11th graders.",
                GradeWords.fit("A peer mentoring program for incoming 6th graders.", SchoolLevel.HIGH));
        assertEquals("Technology refresh for grade 6", GradeWords.fit("Technology refresh for grade 3", SchoolLevel.MIDDLE));
        assertEquals("The 5th grade wing and the 1st grade team", GradeWords.fit("The 5th grade wing and the 1st grade team",
                SchoolLevel.ELEMENTARY));
        assertEquals("No grade mentioned here.", GradeWords.fit("No grade mentioned here.", SchoolLevel.HIGH));
    }
}
