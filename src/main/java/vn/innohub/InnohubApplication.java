package vn.innohub;

import java.io.PrintStream;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.innohub.shared.CliOutput;

/** InnoHub: the provincial innovation and startup ecosystem platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduling is switched on by shared.jobs.SchedulingConfig only (innohub.jobs.enabled), with its ShedLock locks.
public class InnohubApplication {

  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("plan") || args[0].equals("report"))) {
      System.exit(runCommand(args));
    }
    SpringApplication.run(InnohubApplication.class, args);
  }

  /** For tests: the command's exit code, as {@code main} would return it. */
  public static int runCommandForTest(String[] args) {
    return runCommand(args);
  }

  /** Runs a command-line command without the web server; only its result goes to standard output. */
  static int runCommand(String[] args) {
    PrintStream stdout = System.out;
    CliOutput.set(stdout);
    System.setOut(System.err);
    try {
      SpringApplication app = new SpringApplication(InnohubApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setAdditionalProfiles("cli");
      app.setBannerMode(Banner.Mode.OFF);
      app.setLogStartupInfo(false);
      return SpringApplication.exit(app.run(args));
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } finally {
      System.setOut(stdout);
    }
  }
}
