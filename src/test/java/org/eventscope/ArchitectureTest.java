package org.eventscope;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code keeps: data flows file → io → model → timeline/chart → export → app/cli,
 * with no cycles; only the command line (and classes marked so) prints.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.eventscope");
    }

    @Test
    void theModelKnowsNoJavaFxAndNoJackson() {
        noClasses()
                .that()
                .resideInAPackage("org.eventscope.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void readingFilesKnowsNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("org.eventscope.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndMarkedClassesPrint() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.eventscope.cli..")
                .and()
                .areNotAnnotatedWith(AllowedToUseStandardStreams.class)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void viewsDoNotReachIntoTheWindowOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.eventscope.table..",
                        "org.eventscope.timeline..",
                        "org.eventscope.chart..",
                        "org.eventscope.view..",
                        "org.eventscope.export..",
                        "org.eventscope.edit..",
                        "org.eventscope.io..",
                        "org.eventscope.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.eventscope.app..", "org.eventscope.cli..")
                .check(classes);
    }

    /**
     * model ← io ← timeline ← chart ← export ← edit ← (app, cli) ← the entry point (the chart over time
     * uses the timeline's scale and ticks); view is the drawing
     * toolkit below timeline and chart; i18n serves every layer.
     */
    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Entry")
                .definedBy(resideInAPackage("org.eventscope").and(not(resideInAnyPackage("org.eventscope.*.."))))
                .layer("App")
                .definedBy("org.eventscope.app..")
                .layer("Cli")
                .definedBy("org.eventscope.cli..")
                .layer("Edit")
                .definedBy("org.eventscope.edit..")
                .layer("Export")
                .definedBy("org.eventscope.export..")
                .layer("Table")
                .definedBy("org.eventscope.table..")
                .layer("Timeline")
                .definedBy("org.eventscope.timeline..")
                .layer("Chart")
                .definedBy("org.eventscope.chart..")
                .layer("View")
                .definedBy("org.eventscope.view..")
                .layer("Io")
                .definedBy("org.eventscope.io..")
                .layer("Model")
                .definedBy("org.eventscope.model..")
                .layer("I18n")
                .definedBy("org.eventscope.i18n..")
                .whereLayer("Entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("App")
                .mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Edit")
                .mayOnlyBeAccessedByLayers("App", "Cli", "Entry")
                .whereLayer("Export")
                .mayOnlyBeAccessedByLayers("Edit", "App", "Cli", "Entry")
                .whereLayer("Table")
                .mayOnlyBeAccessedByLayers("App", "Cli", "Entry")
                .whereLayer("Timeline")
                // The chart over time draws on the timeline's own scale and ticks (never the other way).
                .mayOnlyBeAccessedByLayers("Table", "Chart", "Export", "App", "Cli", "Entry")
                .whereLayer("Chart")
                .mayOnlyBeAccessedByLayers("Export", "App", "Cli", "Entry")
                .whereLayer("View")
                .mayOnlyBeAccessedByLayers("Table", "Timeline", "Chart", "Export", "App", "Cli", "Entry")
                .whereLayer("Io")
                .mayOnlyBeAccessedByLayers("Table", "Timeline", "Chart", "Export", "Edit", "App", "Cli", "Entry")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers(
                        "Io", "Table", "Timeline", "Chart", "View", "Export", "Edit", "App", "Cli", "Entry")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.eventscope.(*)..").should().beFreeOfCycles().check(classes);
    }
}
