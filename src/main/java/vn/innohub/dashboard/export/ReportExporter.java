package vn.innohub.dashboard.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.innohub.identity.Actor;
import vn.innohub.shared.DomainException;

/** Produces an official report or open-data file in the asked format. */
@Service
public class ReportExporter {

  private final ReportAssembler assembler;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  ReportExporter(ReportAssembler assembler) {
    this.assembler = assembler;
  }

  /** A produced file. */
  public record ExportFile(String fileName, String contentType, byte[] content) {}

  public ExportFile export(List<Long> planIds, long periodId, String format, String table, Actor actor) {
    String f = format == null ? "docx" : format.toLowerCase(Locale.ROOT);
    if (!List.of("docx", "xlsx", "json", "csv").contains(f)) {
      throw DomainException.invalid("dashboard.export.format");
    }
    ReportData data = assembler.assemble(planIds, periodId, actor);
    String base = "bao-cao-" + vn.innohub.shared.text.VietnameseText.slug(data.periodLabel());
    return switch (f) {
      case "docx" -> new ExportFile(base + ".docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxReport.write(data));
      case "xlsx" -> new ExportFile(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          XlsxReport.write(data));
      case "csv" -> {
        String t = table == null || table.isBlank() ? "targets" : table;
        if (!List.of("targets", "tasks", "values").contains(t)) {
          throw DomainException.invalid("dashboard.export.format");
        }
        yield new ExportFile(base + "-" + t + ".csv", "text/csv;charset=UTF-8",
            OpenData.csv(data, t).getBytes(StandardCharsets.UTF_8));
      }
      default -> {
        try {
          yield new ExportFile(base + ".json", "application/json", json.writeValueAsBytes(OpenData.document(data)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
