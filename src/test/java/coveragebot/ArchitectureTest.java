package coveragebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md, held by the build. */
@AnalyzeClasses(packages = "coveragebot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule jdaOnlyInDiscord =
      noClasses()
          .that()
          .resideOutsideOfPackage("coveragebot.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..");

  @ArchTest
  static final ArchRule luceneOnlyInIndex =
      noClasses()
          .that()
          .resideOutsideOfPackage("coveragebot.index..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("coveragebot.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule corpusDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("coveragebot.corpus..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "coveragebot.ingest..",
              "coveragebot.index..",
              "coveragebot.command..",
              "coveragebot.reply..",
              "coveragebot.console..",
              "coveragebot.discord..",
              "coveragebot.app..",
              "coveragebot.config..");

  @ArchTest
  static final ArchRule commandsNeverSeeFrontEnds =
      noClasses()
          .that()
          .resideInAnyPackage("coveragebot.command..", "coveragebot.reply..", "coveragebot.index..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "coveragebot.console..", "coveragebot.discord..", "coveragebot.app..");

  @ArchTest
  static final ArchRule configStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("coveragebot.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "coveragebot.corpus..",
              "coveragebot.ingest..",
              "coveragebot.index..",
              "coveragebot.command..",
              "coveragebot.reply..");

  @ArchTest
  static final ArchRule extractUsesOnlyCorpus =
      noClasses()
          .that()
          .resideInAPackage("coveragebot.extract..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "coveragebot.ingest..",
              "coveragebot.index..",
              "coveragebot.command..",
              "coveragebot.reply..",
              "coveragebot.console..",
              "coveragebot.discord..",
              "coveragebot.app..",
              "coveragebot.config..");
}
