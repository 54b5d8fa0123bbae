package org.roundtable.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code (issue 9, part D): features depend on each other without cycles, the cross-cutting
 * {@code platform} depends on no feature, {@code security} only on {@code platform}, and a feature reads another
 * feature's data through that feature's services.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.roundtable");

    @Test
    void thereAreNoPackageCycles() {
        slices().matching("org.roundtable.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.roundtable.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.roundtable.platform..", "java..", "jakarta..",
                        "javax..", "org.eclipse.microprofile..", "org.flywaydb..", "org.hibernate..", "org.omnifaces..",
                        "org.primefaces..", "com.mysql..", "org.h2..", "com.lowagie..")
                .check(MAIN);
    }

    @Test
    void securityDependsOnPlatformOnly() {
        noClasses().that().resideInAPackage("org.roundtable.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.roundtable.account..", "org.roundtable.people..",
                        "org.roundtable.observation..", "org.roundtable.rounding..", "org.roundtable.checkin..",
                        "org.roundtable.calendar..", "org.roundtable.mail..", "org.roundtable.demo..", "org.roundtable.home..")
                .check(MAIN);
    }

    @Test
    void checkInsDoNotReachIntoRoundingsEntities() {
        noClasses().that().resideInAPackage("org.roundtable.checkin..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.roundtable.rounding.Visit")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.roundtable.rounding.FollowUp")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.roundtable.rounding.Conversation")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.roundtable.observation.Observation")
                .check(MAIN);
    }
}
