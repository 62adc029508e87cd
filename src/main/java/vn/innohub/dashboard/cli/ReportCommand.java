package vn.innohub.dashboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.innohub.dashboard.export.ReportExporter;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.CliOutput;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/**
 * {@code java -jar innohub.jar report export --plan ID[,ID…] --period ID --format docx|xlsx|json|csv [--table …]
 * --out FILE}: writes the official report or open data from the configured database. Exit 0, or 2 with the reason.
 */
@Component
@Profile("cli")
public class ReportCommand extends vn.innohub.shared.CliCommand {

  private static final Actor CLI = new Actor(0, "cli", "Command line", Set.of(Role.ADMIN), Set.of());

  private final ReportExporter exporter;
  private final Messages messages;

  public ReportCommand(ReportExporter exporter, Messages messages) {
    this.exporter = exporter;
    this.messages = messages;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = args.getNonOptionArgs();
    if (words.size() < 2 || !words.get(0).equals("report")) {
      return;
    }
    if (!words.get(1).equals("export") || !args.containsOption("plan") || !args.containsOption("period")
        || !args.containsOption("out")) {
      fail("usage: java -jar innohub.jar report export --plan ID[,ID...] --period ID --format docx|xlsx|json|csv "
          + "[--table targets|tasks|values] --out FILE");
      return;
    }
    try {
      List<Long> plans = new ArrayList<>();
      for (String p : args.getOptionValues("plan").get(0).split(",")) {
        plans.add(Long.parseLong(p.strip()));
      }
      long period = Long.parseLong(args.getOptionValues("period").get(0).strip());
      String format = args.containsOption("format") ? args.getOptionValues("format").get(0) : "docx";
      String table = args.containsOption("table") ? args.getOptionValues("table").get(0) : null;
      ReportExporter.ExportFile file = exporter.export(plans, period, format, table, CLI);
      Path out = Path.of(args.getOptionValues("out").get(0));
      Files.write(out, file.content());
      CliOutput.out().printf("wrote %s (%d bytes)%n", out, file.content().length);
      succeeded();
    } catch (NumberFormatException e) {
      fail("error: --plan and --period take numbers");
    } catch (DomainException e) {
      fail("error: " + messages.get(Messages.EN, e.code(), e.args()));
    } catch (IOException e) {
      fail("error: " + e.getMessage());
    }
  }
}
