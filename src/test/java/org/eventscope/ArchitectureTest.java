package org.eventscope;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering the code keeps: data flows file → io → model → views → export; only the command line prints. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.eventscope");
    }

    @Test
    void theModelKnowsNoJavaFxAndNoJackson() {
        noClasses().that().resideInAPackage("org.eventscope.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void readingFilesKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.eventscope.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage("org.eventscope.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void viewsDoNotReachIntoTheWindowOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.eventscope.timeline..", "org.eventscope.chart..",
                        "org.eventscope.view..", "org.eventscope.export..", "org.eventscope.io..", "org.eventscope.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eventscope.app..", "org.eventscope.cli..")
                .check(classes);
    }
}
