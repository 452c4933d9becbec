package org.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers, as docs/architecture.md draws them. */
@AnalyzeClasses(packages = "org.verbatim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoWindowDatabaseOrOuterLayer = noClasses()
            .that().resideInAPackage("org.verbatim.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.verbatim.ui..", "org.verbatim.store..", "org.verbatim.cli..",
                    "org.verbatim.export..", "org.fxmisc..", "org.controlsfx..", "org.sqlite..")
            .because("the engine is pure data in, data out (see docs/architecture.md)");

    @ArchTest
    static final ArchRule corpusKnowsNoWindowDatabaseOrOuterLayer = noClasses()
            .that().resideInAPackage("org.verbatim.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.verbatim.ui..", "org.verbatim.store..", "org.verbatim.cli..",
                    "org.verbatim.export..", "org.verbatim.classroom..", "org.verbatim.spark..", "org.apache.spark..",
                    "org.fxmisc..", "org.controlsfx..", "org.sqlite..")
            .because("corpus mode is the engine's stages at scale: pure data and files (see docs/architecture.md)");

    @ArchTest
    static final ArchRule coreKnowsNoCorpus = noClasses()
            .that().resideInAPackage("org.verbatim.core..")
            .should().dependOnClassesThat().resideInAPackage("org.verbatim.corpus..");

    @ArchTest
    static final ArchRule onlyTheSparkJobUsesSpark = noClasses()
            .that().resideOutsideOfPackage("org.verbatim.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("Spark is provided on a cluster and is not in the desktop jar");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.verbatim.ui..", "org.verbatim")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("JavaFX belongs to the ui layer");

    @ArchTest
    static final ArchRule exportAndCliDoNotReachIntoTheWindow = noClasses()
            .that().resideInAnyPackage("org.verbatim.export..", "org.verbatim.cli..", "org.verbatim.store..")
            .should().dependOnClassesThat().resideInAPackage("org.verbatim.ui..");
}
