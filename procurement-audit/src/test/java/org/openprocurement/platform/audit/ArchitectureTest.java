package org.openprocurement.platform.audit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;

@AnalyzeClasses(packages = "org.openprocurement.platform.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String AUDIT = "org.openprocurement.platform.audit..";

    @ArchTest
    static final ArchRule auditNeverReachesTheWebModuleSpringOrJpa = noClasses()
            .that()
            .resideInAPackage(AUDIT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.openprocurement.platform.api..", "org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule auditNeverIssuesCommands = noClasses()
            .that()
            .resideInAPackage(AUDIT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openprocurement.platform.core..command..");

    // Aggregates and their rules sit in the feature package itself, so only an allow-list keeps them out. The
    // method enums are the values events carry (TenderDrafted's method and award criteria), not rules.
    @ArchTest
    static final ArchRule auditReadsOnlyEventsAndSharedTypesFromCore = classes()
            .that()
            .resideInAPackage(AUDIT)
            .should()
            .onlyDependOnClassesThat(resideInAnyPackage(
                            AUDIT,
                            "java..",
                            "org.openprocurement.platform.core..event..",
                            "org.openprocurement.platform.core.shared..")
                    .or(belongToAnyOf(ProcurementMethod.class, AwardCriteria.class, ProcurementCategory.class)));
}
