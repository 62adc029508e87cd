package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private static final Path SOURCES = Path.of("src", "main", "java", "vn", "innohub");

  private final ApplicationModules modules = ApplicationModules.of(InnohubApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  /** The top-level packages as the source tree has them, listed without Modulith. */
  private static List<String> topLevelPackages() throws IOException {
    try (Stream<Path> entries = Files.list(SOURCES)) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyTopLevelPackageIsAModuleAndNothingElseIs() throws IOException {
    List<String> packages = topLevelPackages();
    assertThat(packages).contains("shared", "identity", "org", "plan", "reporting", "exchange", "contest");
    assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrderElementsOf(packages);
  }

  /** Each module says what it is in one current sentence: no issue numbers, nothing "in progress". */
  @Test
  void everyModuleDescribesItselfInItsPackageInfo() throws IOException {
    for (String module : topLevelPackages()) {
      Path info = SOURCES.resolve(module).resolve("package-info.java");
      assertThat(info).as(module).exists();
      String text = Files.readString(info, StandardCharsets.UTF_8);
      String doc = text.substring(0, Math.max(0, text.indexOf("*/")));
      assertThat(doc).as(module).contains("/**").doesNotContainPattern("(?i)issue\\s*\\d|in progress");
    }
  }

  /**
   * Modulith's component diagrams (PlantUML) of all modules and of each one, under target/spring-modulith-docs —
   * the module pages docs/ARCHITECTURE.md points to. (Its module canvases need Javadoc metadata the build does not
   * produce.)
   */
  @Test
  void writesTheModulePages() throws IOException {
    Path out = Path.of("target", "spring-modulith-docs");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(out.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    List<String> expected = new java.util.ArrayList<>(List.of("components.puml"));
    topLevelPackages().forEach(m -> expected.add("module-" + m + ".puml"));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsAll(expected);
    }
  }
}
