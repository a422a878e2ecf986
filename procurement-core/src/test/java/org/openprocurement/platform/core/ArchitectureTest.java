package org.openprocurement.platform.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.ENUMS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.shared.DomainRefusal;

@AnalyzeClasses(packages = "org.openprocurement.platform.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "org.openprocurement.platform.core..";
    private static final String COMMANDS = "org.openprocurement.platform.core..command..";
    private static final String EVENTS = "org.openprocurement.platform.core..event..";

    @ArchTest
    static final ArchRule coreUsesNoSpringJpaOrJackson = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule coreNeverReachesTheWebOrAuditModules = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.openprocurement.platform.api..", "org.openprocurement.platform.audit..");

    // Time comes in the command, so handling a command or replaying an event never depends on when it runs.
    @ArchTest
    static final ArchRule coreNeverReadsTheClock = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .callMethodWhere(describe(
                    "a java.time now() or System.currentTimeMillis()",
                    (JavaMethodCall call) -> call.getTarget().getName().equals("now")
                                    && call.getTargetOwner().getPackageName().equals("java.time")
                            || call.getTargetOwner().isEquivalentTo(System.class)
                                    && call.getTarget().getName().equals("currentTimeMillis")));

    @ArchTest
    static final ArchRule everythingInAnEventPackageIsAPublicTopLevelRecord = classes()
            .that()
            .resideInAPackage(EVENTS)
            .and()
            .areNotInterfaces()
            .should()
            .beRecords()
            .andShould()
            .bePublic()
            .andShould()
            .beTopLevelClasses();

    // An event is what implements its aggregate's event interface; value records it carries share its revision.
    @ArchTest
    static final ArchRule everyEventCarriesARevision = classes()
            .that()
            .resideInAPackage(EVENTS)
            .and()
            .areNotInterfaces()
            .and()
            .implement(INTERFACES.and(resideInAPackage(EVENTS)))
            .should()
            .beAnnotatedWith(Revision.class);

    @ArchTest
    static final ArchRule eventsNeverDependOnCommands = noClasses()
            .that()
            .resideInAPackage(EVENTS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(COMMANDS);

    // Old events must always load, so they hold JDK values and enums, never an aggregate's or a framework's types.
    @ArchTest
    static final ArchRule eventsCarryOnlyPlainValues = classes()
            .that()
            .resideInAPackage(EVENTS)
            .should()
            .onlyDependOnClassesThat(resideInAnyPackage("java..", "org.axonframework.serialization", EVENTS)
                    .or(ENUMS));

    @ArchTest
    static final ArchRule commandsArePublicRecords = classes()
            .that()
            .resideInAPackage(COMMANDS)
            .should()
            .beRecords()
            .andShould()
            .bePublic();

    @ArchTest
    static final ArchRule refusalsAreNamedAfterTheBrokenRule = classes()
            .that()
            .areAssignableTo(DomainRefusal.class)
            .and()
            .doNotHaveModifier(JavaModifier.ABSTRACT)
            .should()
            .haveSimpleNameEndingWith("Exception")
            .because("a domain refusal is the broken rule plus Exception (house style)");
}
