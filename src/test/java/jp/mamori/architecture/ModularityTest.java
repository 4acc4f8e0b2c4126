package jp.mamori.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.mamori.MamoriApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules use each other only through their top-level packages; domain rules stay free of Spring. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MamoriApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.mamori");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void domainPackagesUseNoSpringNoDatabaseAndNoWeb() {
        // package-info may carry Spring Modulith's @NamedInterface: metadata, not logic
        noClasses().that().resideInAPackage("jp.mamori..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesReadNoSystemClock() {
        noClasses().that().resideInAPackage("jp.mamori..domain..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }
}
