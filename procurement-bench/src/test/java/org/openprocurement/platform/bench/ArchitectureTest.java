package org.openprocurement.platform.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The harness measures the platform from outside, as a client and an operator would: over HTTP and, for
 * its checks, SQL on the event store. It has the platform on its class path only to launch it.
 */
@AnalyzeClasses(packages = "org.openprocurement.platform.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theHarnessNeverCallsIntoThePlatform = noClasses()
            .that()
            .resideInAPackage("org.openprocurement.platform.bench..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.openprocurement.platform.api..",
                    "org.openprocurement.platform.core..",
                    "org.openprocurement.platform.audit..",
                    "org.springframework..",
                    "org.axonframework..");
}
