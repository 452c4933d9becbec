package org.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The layers, as docs/architecture.md draws them. */
@AnalyzeClasses(packages = "org.verbatim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoWindowDatabaseOrOuterLayer = noClasses()
            .that().resideInAPackage("org.verbatim.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.verbatim.ui..", "org.verbatim.store..", "org.verbatim.cli..",
                    "org.verbatim.export..", "org.verbatim.review..", "org.verbatim.classroom..", "org.fxmisc..",
                    "org.controlsfx..", "org.sqlite..")
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
            .that().resideInAnyPackage("org.verbatim.export..", "org.verbatim.cli..", "org.verbatim.store..",
                    "org.verbatim.classroom..", "org.verbatim.review..")
            .should().dependOnClassesThat().resideInAPackage("org.verbatim.ui..");

    @ArchTest
    static final ArchRule theReviewIsPlainRecordsOverTheEngine = classes()
            .that().resideInAPackage("org.verbatim.review..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.verbatim.review..", "org.verbatim.core..",
                    "java..")
            .because("export, classroom, cli and ui use the annotation model without the project file");

    @ArchTest
    static final ArchRule exportIsFreeOfTheProjectFile = noClasses()
            .that().resideInAPackage("org.verbatim.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.store..", "java.sql..", "org.sqlite..")
            .because("the store hands exports a plain review (org.verbatim.review.Review)");

    @ArchTest
    static final ArchRule theProjectFileKnowsOnlyTheEngineAndTheReview = noClasses()
            .that().resideInAPackage("org.verbatim.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.export..", "org.verbatim.classroom..",
                    "org.verbatim.cli..");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.verbatim.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsPackages = slices().matching("org.verbatim.ui.(*)..")
            .should().beFreeOfCycles();

    /**
     * The classes where services are built and passed down: the composition roots (and the engine itself). The
     * Spark job is one: its stages run on executors, each building the engine it uses.
     */
    private static final Set<String> COMPOSITION_ROOTS = Set.of("org.verbatim.ui.VerbatimApp",
            "org.verbatim.cli.VerbatimCli", "org.verbatim.review.Tokenizers", "org.verbatim.spark.CorpusJob");

    private static final DescribedPredicate<JavaCall<?>> BUILDS_A_SERVICE = new DescribedPredicate<>(
            "build the engine, the readers or a tokenizer (Pipeline.standard, Readers.defaults, Tokenizer.icu…)") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            return owner.equals("org.verbatim.core.Pipeline") && name.equals("standard")
                    || owner.equals("org.verbatim.core.read.Readers") && name.equals("defaults")
                    || owner.equals("org.verbatim.core.text.Tokenizer") && name.startsWith("icu")
                    || owner.equals("org.verbatim.review.Tokenizers") && name.equals("icu");
        }
    };

    @ArchTest
    static final ArchRule servicesAreBuiltInTheCompositionRootsOnly = noClasses()
            .that().resideOutsideOfPackage("org.verbatim.core..")
            .and(new DescribedPredicate<JavaClass>("are not a composition root") {
                @Override
                public boolean test(JavaClass c) {
                    return !COMPOSITION_ROOTS.contains(c.getName()) && !COMPOSITION_ROOTS.contains(
                            c.getEnclosingClass().map(JavaClass::getName).orElse(""));
                }
            })
            .should().callMethodWhere(BUILDS_A_SERVICE)
            .because("services are built in VerbatimApp and VerbatimCli and passed down");
}
