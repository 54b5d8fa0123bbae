package org.roundtable.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.roundtable.observation.Observation;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.observation.Theme;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;
import org.roundtable.people.StaffMember;
import org.roundtable.security.PasswordHashes;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/**
 * Seeds the Lakeshore Unified demo district: 12 schools, about 150 staff, the four demo accounts and about
 * 600 observations over the last six months. Deterministic (fixed random seed) so screenshots and demos are
 * repeatable. Patterns are planted for the trend features: student-behavior concerns at {@value #PRINCIPAL_SCHOOL}
 * climb over the last month (a rising concern), facilities concerns at Roosevelt High come back every week (a shift)
 * and staff morale sinks at the three middle schools in the last fortnight (spreading); DemoRounding and
 * DemoCheckIns hear staffing worries at {@value #CONFIRMED_SCHOOL} in a visit and a check-in (confirmed by two
 * sources). The other schools have none.
 */
@ApplicationScoped
public class DemoDistrict {

    public static final String DEMO_PASSWORD = "roundtable-demo";
    public static final String PRINCIPAL_SCHOOL = "Westview Middle School";
    /** Where rounding and a check-in both hear of staffing worries. */
    public static final String CONFIRMED_SCHOOL = "Jefferson Middle School";

    private static final Logger LOG = Logger.getLogger(DemoDistrict.class.getName());

    private static final Map<String, SchoolLevel> SCHOOLS = new LinkedHashMap<>();
    static {
        SCHOOLS.put("Maple Grove Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Riverside Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Cedar Hill Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Lincoln Park Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Sunnyside Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Oak Ridge Elementary", SchoolLevel.ELEMENTARY);
        SCHOOLS.put("Jefferson Middle School", SchoolLevel.MIDDLE);
        SCHOOLS.put(PRINCIPAL_SCHOOL, SchoolLevel.MIDDLE);
        SCHOOLS.put("Eastlake Middle School", SchoolLevel.MIDDLE);
        SCHOOLS.put("Roosevelt High School", SchoolLevel.HIGH);
        SCHOOLS.put("Northfield High School", SchoolLevel.HIGH);
        SCHOOLS.put("Valley Career Academy", SchoolLevel.HIGH);
    }

    private static final String[] FIRST = {"Maria", "James", "Aisha", "Daniel", "Priya", "Marcus", "Elena", "Tom",
        "Grace", "Luis", "Hannah", "Kwame", "Sofia", "Ben", "Mei", "Omar", "Rachel", "Diego", "Nora", "Sam", "Fatima",
        "Ethan", "Lena", "Caleb", "Yuki", "Andre", "Chloe", "Ravi", "Isabel", "Noah", "Amara", "Victor", "Julia",
        "Hassan", "Claire", "Mateo", "Ruth", "Kofi", "Anna", "Jamal"};
    private static final String[] LAST = {"Alvarez", "Okafor", "Nguyen", "Brennan", "Shah", "Johnson", "Kowalski",
        "Reyes", "Whitfield", "Osei", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Murphy", "Castillo", "Bauer",
        "Mensah", "Park", "Duarte", "Fischer", "Ibrahim", "Sullivan", "Rossi", "Chen", "Adeyemi", "Novak", "Ortega",
        "Walsh", "Kim", "Petrov", "Baptiste", "Lund", "Carter", "Yilmaz", "Grant"};

    /** What people say, by theme and tone: the raw material of the demo observations. */
    private static final Map<String, String[][]> SAYINGS = new LinkedHashMap<>();
    static {
        SAYINGS.put("Staffing", new String[][]{
            {"The new hires in the math department have settled in quickly; their mentor pairing is working.",
             "Substitute coverage held up all week thanks to the office team's early calls."},
            {"Two classroom aides left this month and the positions have not been posted yet.",
             "Teachers are covering lunch duty for an open position and it is wearing on them.",
             "Long-term sub in 7th grade science; families are asking when a permanent teacher starts."},
            {"A shared substitute pool across the three elementary schools could cover Friday absences.",
             "Teacher leaders suggest exit interviews so we learn why aides leave mid-year."}});
        SAYINGS.put("Student behavior", new String[][]{
            {"Hallway transitions are calmer since the staff started greeting students at the doors.",
             "The restorative circles in 6th grade have cut repeat referrals noticeably."},
            {"More fights near the bus loop after school; staff feel stretched thin at dismissal.",
             "Teachers report more disruptions in afternoon classes and phones out during lessons.",
             "Referrals for defiance have climbed in 7th grade; new teachers feel unsupported.",
             "Students say the bathrooms feel unsafe during lunch; vaping incidents are up."},
            {"Counselors want a short behavior-support refresher for new teachers before winter break.",
             "Students suggested a peer mentoring program for incoming 6th graders."}});
        SAYINGS.put("Instruction", new String[][]{
            {"Teacher leaders are running strong PLCs on student work samples; teachers value the time.",
             "Reading intervention groups show clear growth on the fall benchmark."},
            {"Pacing guides in algebra are behind; teachers feel rushed to cover the units.",
             "New teachers say they have not had a classroom observation with feedback yet."},
            {"Teachers asked to visit each other's classrooms for a morning to share practice.",
             "Idea: a district-wide bank of common assessments so schools stop rebuilding them."}});
        SAYINGS.put("Wellbeing & morale", new String[][]{
            {"Staff appreciated the thank-you breakfast; several mentioned feeling seen by the district.",
             "The cook says the new kitchen schedule finally lets the team take real breaks."},
            {"Teachers are tired; several mentioned evening e-mails and too many initiatives at once.",
             "Office staff feel overlooked when recognitions go out; morale is low at the front desk."},
            {"Protect one meeting-free afternoon a month for planning; teachers say it would help most.",
             "Start staff meetings with a shout-out round, as the counselors already do."}});
        SAYINGS.put("Facilities", new String[][]{
            {"The custodial team had the gym ready for the concert in record time after the leak.",
             "New lighting in the library made a visible difference; students are reading there again."},
            {"Heating in the east wing is still uneven; classrooms were 58 degrees on Monday morning.",
             "The roof leak over room 114 is back after the repair; buckets in the hallway again.",
             "Portable classrooms have no working intercom; teachers are worried about lockdown drills."},
            {"Custodians suggest a simple online form for work orders so requests stop getting lost.",
             "Use the summer window to replace the cafeteria tables rather than patching them."}});
        SAYINGS.put("Safety", new String[][]{
            {"The last lockdown drill went smoothly; substitutes knew exactly what to do.",
             "Crossing guards report the new drop-off pattern has eased traffic at the front entrance."},
            {"The side door by the gym is propped open during PE; anyone can walk in.",
             "Parents are parking in the bus lane at dismissal and it is getting dangerous."},
            {"Add visitor badges that expire daily; the office team is ready to pilot it.",
             "Walk the building with the fire marshal before spring to check the new portable."}});
        SAYINGS.put("Family engagement", new String[][]{
            {"Family math night drew over 120 people; translators made a real difference.",
             "Parents praised the weekly newsletter in Spanish and Somali."},
            {"Conference turnout was low in 8th grade; families say the times do not work for shift workers.",
             "Families are not getting calls back from the front office about attendance."},
            {"Offer evening conference slots and a virtual option next term.",
             "A family liaison at drop-off once a week could answer questions before they escalate."}});
        SAYINGS.put("Technology", new String[][]{
            {"The new Chromebook carts are working well; the library tech helper is a star.",
             "Teachers love the shared drive of lesson templates the teacher leaders set up."},
            {"Wi-Fi drops in the upstairs classrooms during testing windows.",
             "Half the document cameras in the 5th grade wing are broken and waiting for repair."},
            {"Let students run a help desk at lunch for simple device fixes.",
             "Standardize on one learning platform; teachers juggle three logins."}});
        SAYINGS.put("Nutrition", new String[][]{
            {"The cook's new breakfast-in-the-classroom pilot means more kids start the day fed.",
             "Students rave about the salad bar; the food service team is proud of it."},
            {"Lunch lines are so long that some students get only ten minutes to eat.",
             "The kitchen is short one cook and the team is doing prep before dawn."},
            {"Stagger lunch periods by grade to shorten the lines.",
             "Food service suggests a student tasting panel to choose new menu items."}});
        SAYINGS.put("Special education", new String[][]{
            {"The co-teaching pair in 4th grade is a model worth sharing across the district.",
             "IEP meetings are running on time since the case managers started a shared calendar."},
            {"Paraprofessional vacancies mean students are not getting their support minutes.",
             "Case managers are carrying caseloads well above the guideline."},
            {"Cross-train a floating para who can cover absences across the wing.",
             "Give special educators common planning time with the grade-level teams."}});
    }

    private static final RoleGroup[] SPEAKERS = {RoleGroup.TEACHER, RoleGroup.TEACHER, RoleGroup.TEACHER,
        RoleGroup.NEW_TEACHER, RoleGroup.TEACHER_LEADER, RoleGroup.PRINCIPAL, RoleGroup.ASSISTANT_PRINCIPAL,
        RoleGroup.FOOD_SERVICE, RoleGroup.CUSTODIAL, RoleGroup.OFFICE, RoleGroup.COUNSELOR, RoleGroup.STUDENTS};

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    Clock clock = Clock.systemDefaultZone();

    /** The names of the demo district's schools. */
    static java.util.Set<String> schoolNames() {
        return SCHOOLS.keySet();
    }

    /** Seeds the district unless the database already has a school. */
    @Transactional
    public boolean seedIfEmpty() {
        long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
        if (schools > 0) {
            return false;
        }
        long started = System.nanoTime();
        Random random = new Random(20261122L);
        Map<String, School> bySchool = new LinkedHashMap<>();
        SCHOOLS.forEach((name, level) -> {
            School s = new School(name, level);
            em.persist(s);
            bySchool.put(name, s);
        });
        int staff = seedStaff(bySchool, random);

        String hash = hashes.hash(DEMO_PASSWORD);
        School principalSchool = bySchool.get(PRINCIPAL_SCHOOL);
        UserAccount superintendent = account("superintendent", "Dr. Maria Alvarez", Role.SUPERINTENDENT, null, hash);
        UserAccount assistant = account("assistant", "James Okafor", Role.ASSISTANT_SUPERINTENDENT, null, hash);
        UserAccount principal = account("principal", "Dana Whitfield", Role.PRINCIPAL, principalSchool, hash);
        account("admin", "Sam Patel", Role.ADMIN, null, hash);

        Map<String, Theme> themes = new LinkedHashMap<>();
        em.createQuery("select t from Theme t", Theme.class).getResultList().forEach(t -> themes.put(t.getName(), t));
        int observations = seedObservations(new ArrayList<>(bySchool.values()), principalSchool,
                bySchool.get("Roosevelt High School"), themes, List.of(superintendent, superintendent, assistant, assistant),
                principal, random);
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> String.format("Demo district seeded: %d schools, %d staff, %d observations in %d ms",
                bySchool.size(), staff, observations, ms));
        return true;
    }

    private int seedStaff(Map<String, School> schools, Random random) {
        int count = 0;
        Set<String> used = new HashSet<>();
        for (School school : schools.values()) {
            List<RoleGroup> roles = new ArrayList<>(List.of(RoleGroup.PRINCIPAL, RoleGroup.TEACHER_LEADER,
                    RoleGroup.TEACHER, RoleGroup.TEACHER, RoleGroup.TEACHER, RoleGroup.TEACHER, RoleGroup.NEW_TEACHER,
                    RoleGroup.FOOD_SERVICE, RoleGroup.CUSTODIAL, RoleGroup.OFFICE, RoleGroup.COUNSELOR));
            if (school.getLevel() != SchoolLevel.ELEMENTARY) {
                roles.addAll(List.of(RoleGroup.ASSISTANT_PRINCIPAL, RoleGroup.TEACHER_LEADER, RoleGroup.TEACHER,
                        RoleGroup.NEW_TEACHER));
            }
            for (RoleGroup role : roles) {
                String name;
                if (role == RoleGroup.PRINCIPAL && school.getName().equals(PRINCIPAL_SCHOOL)) {
                    name = "Dana Whitfield";
                } else {
                    do {
                        name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    } while (!used.add(name));
                }
                em.persist(new StaffMember(school, name, role));
                count++;
            }
        }
        return count;
    }

    private UserAccount account(String username, String name, Role role, School school, String hash) {
        UserAccount u = new UserAccount(username, name, username + "@lakeshore.example.org", hash, EnumSet.of(role), school);
        em.persist(u);
        return u;
    }

    private int seedObservations(List<School> schools, School risingSchool, School facilitiesSchool,
            Map<String, Theme> themes, List<UserAccount> districtAuthors, UserAccount principal, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<String> themeNames = new ArrayList<>(SAYINGS.keySet());
        int count = 0;
        // The baseline: about 540 observations spread over six months and all schools.
        for (int i = 0; i < 540; i++) {
            School school = schools.get(random.nextInt(schools.size()));
            String theme = themeNames.get(random.nextInt(themeNames.size()));
            Tone tone = pickTone(random, 0.40, 0.35);
            LocalDate day = today.minusDays(random.nextInt(182));
            UserAccount author = school.equals(risingSchool) && random.nextInt(3) == 0
                    ? principal : districtAuthors.get(random.nextInt(districtAuthors.size()));
            count += observe(school, day, theme, tone, themes, author, random, themeNames);
        }
        // Pattern 1: student-behavior concerns at one middle school climb over the last month.
        for (int i = 0; i < 34; i++) {
            LocalDate day = today.minusDays(random.nextInt(30));
            UserAccount author = random.nextBoolean() ? principal : districtAuthors.get(random.nextInt(districtAuthors.size()));
            count += observe(risingSchool, day, "Student behavior", Tone.CONCERN, themes, author, random, themeNames);
        }
        // Pattern 2: facilities concerns at a high school that keep coming back, every week for two months (a shift:
        // above the district's median week after week, though no single fortnight is alarming).
        LocalDate lastWeek = ObservationTheme.weekOf(today).minusWeeks(1);
        for (int week = 0; week < 9; week++) {
            for (int i = 0; i < 2; i++) {
                LocalDate day = lastWeek.minusWeeks(week).plusDays(random.nextInt(5));
                count += observe(facilitiesSchool, day, "Facilities", Tone.CONCERN, themes,
                        districtAuthors.get(random.nextInt(districtAuthors.size())), random, themeNames);
            }
        }
        // Pattern 3: staff morale sinking at the three middle schools at once in the last fortnight (spreading), heard
        // from the principal and the district's leaders alike.
        for (School middle : schools) {
            if (middle.getLevel() != SchoolLevel.MIDDLE) {
                continue;
            }
            for (int i = 0; i < 5; i++) {
                LocalDate day = lastWeek.minusWeeks(i % 2).plusDays(random.nextInt(5));
                UserAccount author = i % 2 == 0 ? districtAuthors.get(random.nextInt(districtAuthors.size()))
                        : middle.equals(risingSchool) ? principal : districtAuthors.get((i / 2) % districtAuthors.size());
                count += observe(middle, day, "Wellbeing & morale", Tone.CONCERN, themes, author, random, themeNames);
            }
        }
        // A few celebrations from this week, so the home page opens on something recent.
        for (int i = 0; i < 8; i++) {
            School school = schools.get(random.nextInt(schools.size()));
            count += observe(school, today.minusDays(random.nextInt(4)), themeNames.get(random.nextInt(themeNames.size())),
                    Tone.CELEBRATION, themes, districtAuthors.get(random.nextInt(districtAuthors.size())), random, themeNames);
        }
        return count;
    }

    private int observe(School school, LocalDate day, String theme, Tone tone, Map<String, Theme> themes,
            UserAccount author, Random random, List<String> themeNames) {
        String[] options = SAYINGS.get(theme)[tone.ordinal()];
        Set<Theme> chosen = new HashSet<>();
        chosen.add(themes.get(theme));
        if (random.nextInt(4) == 0) {
            chosen.add(themes.get(themeNames.get(random.nextInt(themeNames.size()))));
        }
        RoleGroup speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        em.persist(new Observation(school, day, speaker, chosen, tone,
                GradeWords.fit(options[random.nextInt(options.length)], school.getLevel()), author, null, null));
        return 1;
    }

    private static Tone pickTone(Random random, double celebration, double concern) {
        double r = random.nextDouble();
        return r < celebration ? Tone.CELEBRATION : r < celebration + concern ? Tone.CONCERN : Tone.IDEA;
    }
}
