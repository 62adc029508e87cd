package vn.innohub.plan.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.internal.AgencyResolver;
import vn.innohub.org.internal.DemoProvince;

/** The seed plans of ../shared/seeds and an agency lookup over the demo province, for parser tests. */
final class SeedPlans {

  static final Path SEEDS = Path.of("..", "shared", "seeds");
  static final DemoProvince PROVINCE = new DemoProvince();

  private SeedPlans() {}

  static List<String> lines(String prefix) throws IOException {
    boolean present = Files.isDirectory(SEEDS);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the seed tests: ../shared/seeds not found next to the project");
    }
    if (!present) {
      System.out.println("NOTICE: seed plan test skipped: ../shared/seeds not found");
    }
    Assumptions.assumeTrue(present, "../shared/seeds not found");
    try (var files = Files.list(SEEDS)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
  }

  static AgencyLookup lookup() {
    AgencyResolver resolver = PROVINCE.resolver();
    Map<Long, String> names = new HashMap<>();
    for (UnitSummary u : PROVINCE.units) {
      names.put(u.id(), u.name());
    }
    return text -> {
      AgencyResolution r = resolver.resolve(text);
      return new AgencyText(text, r.unitIds(), r.unitIds().stream().map(names::get).toList(), r.unresolved());
    };
  }

  static ParsedPlan parse(String prefix) throws IOException {
    return new PlanTextParser(lookup()).parse(lines(prefix), 2026);
  }
}
