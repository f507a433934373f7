package coveragebot.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: JDA only in {@code coveragebot.discord}; commands and replies never see Discord. */
class DiscordArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("coveragebot");

  @Test
  void onlyTheDiscordPackageUsesJda() {
    noClasses()
        .that()
        .resideOutsideOfPackage("coveragebot.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.dv8tion..")
        .check(MAIN);
  }

  @Test
  void noLayerBelowTheFrontEndsDependsOnTheDiscordPackage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "coveragebot.command..",
            "coveragebot.reply..",
            "coveragebot.corpus..",
            "coveragebot.index..",
            "coveragebot.ingest..",
            "coveragebot.console..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("coveragebot.discord..")
        .check(MAIN);
  }
}
