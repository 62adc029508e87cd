package vn.innohub.contest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.Actor;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.VnFormat;
import vn.innohub.shared.web.Messages;

/**
 * Giấy chứng nhận: a one-page PDF for a winner or finalist of a published contest, in Vietnamese, with the DejaVu
 * Sans font embedded from the application's own resources (never a system font).
 */
@Service
public class Certificates {

  private final ContestService contests;
  private final Messages messages;

  Certificates(ContestService contests, Messages messages) {
    this.contests = contests;
    this.messages = messages;
  }

  /** Whether the application earns a certificate: results published and it was ranked in the deciding round. */
  public static boolean earned(Contest c, ContestApplication a) {
    return c.resultsPublished() && a.getAwardRank() != null;
  }

  @Transactional(readOnly = true)
  public byte[] pdf(long applicationId, Actor actor) {
    ContestApplication a = contests.application(applicationId, actor);
    Contest c = contests.contest(a.getContestId());
    if (!earned(c, a)) {
      throw DomainException.notFound("Certificate", applicationId);
    }
    String name = a.getApplicantName() == null ? contests.displayName(a.getOwnerUserId()) : a.getApplicantName();
    String what = a.getAward() != null ? messages.get(Messages.VI, "contest.certificate.award", a.getAward())
        : messages.get(Messages.VI, "contest.certificate.finalist");
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      PDFont regular = font(doc, "fonts/DejaVuSans.ttf");
      PDFont bold = font(doc, "fonts/DejaVuSans-Bold.ttf");
      float width = page.getMediaBox().getWidth();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setLineWidth(3);
        s.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
        s.stroke();
        centred(s, bold, 30, width, 470, messages.get(Messages.VI, "contest.certificate.title"));
        centred(s, regular, 16, width, 420, messages.get(Messages.VI, "contest.certificate.awardedTo"));
        centred(s, bold, 26, width, 370, name);
        if (a.getTitle() != null) {
          centred(s, regular, 16, width, 330, "«" + a.getTitle() + "»");
        }
        centred(s, bold, 18, width, 280, what);
        centred(s, regular, 16, width, 240, c.getTitle());
        centred(s, regular, 12, width, 150, messages.get(Messages.VI, "contest.certificate.reference",
            a.getReference() == null ? "" : a.getReference(),
            VnFormat.DATE.format(c.getResultsPublishedAt().atZone(contests.zone()))));
        centred(s, regular, 12, width, 120, c.spec().organiser());
      }
      doc.getDocumentInformation().setTitle(messages.get(Messages.VI, "contest.certificate.title") + " – " + name);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont font(PDDocument doc, String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return PDType0Font.load(doc, in, true);
    }
  }

  private static void centred(PDPageContentStream s, PDFont font, float size, float width, float y, String text)
      throws IOException {
    String t = text.length() > 90 ? text.substring(0, 87) + "…" : text;
    float w = font.getStringWidth(t) / 1000 * size;
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(Math.max(40, (width - w) / 2), y);
    s.showText(t);
    s.endText();
  }
}
