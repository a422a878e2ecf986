package org.openprocurement.platform.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/** The web module's own layering; the graph between modules is guarded by Maven Enforcer and core's test. */
@AnalyzeClasses(packages = "org.openprocurement.platform.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersReadThroughQueriesNotSql = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class)
            .because("controllers read projections through query classes and change state only by commands");

    @ArchTest
    static final ArchRule eventStoreWiringStaysInInfrastructure = noClasses()
            .that()
            .resideOutsideOfPackage("..api.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.axonframework.eventsourcing.eventstore..", "io.zonky..")
            .because("only the infrastructure package knows how events are stored");

    @ArchTest
    static final ArchRule requestsAreRecords = classes()
            .that()
            .haveSimpleNameEndingWith("Request")
            .and()
            .resideOutsideOfPackage("..api.web..")
            .should()
            .beRecords()
            .because("request DTOs are immutable records, separate from commands and events");

    @ArchTest
    static final ArchRule responsesAreRecords =
            classes().that().haveSimpleNameEndingWith("Response").should().beRecords();

    @ArchTest
    static final ArchRule noXStream = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.thoughtworks.xstream..")
            .because("events, messages and snapshots are serialized with Jackson");

    @ArchTest
    static final ArchRule projectorsDoNotSendCommands = noClasses()
            .that()
            .haveSimpleNameEndingWith("Projector")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.axonframework.commandhandling..", "..core..command..")
            .because("a projection only records what happened");
}
