package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(InnohubApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void everyBusinessModuleIsDetected() {
    assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
        .contains("shared", "audit", "identity", "org", "plan", "reporting", "portal", "demo");
  }
}
