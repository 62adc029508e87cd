package vn.innohub.shared.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.files.FileKind;

/**
 * Uploaded images, checked by content (PNG or JPEG only), size-limited and re-encoded: the stored file is a fresh JPEG
 * (PNG when it has transparency) no wider than its use needs, so nothing of the uploaded bytes but the pixels is
 * served. Each image is stored for one use and is only ever loaded for that use, so that, for example, a logo of a
 * profile not yet verified cannot be fetched as a news image.
 */
@Service
public class ImageStore {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** What an image is for, and how wide it is kept. */
  public enum Use {
    /** News and event pictures, served by the portal to anyone. */
    PORTAL(1600),
    /** Directory profile logos, served only as a published profile's logo (or to its owner and ADMIN). */
    LOGO(512);

    private final int maxWidth;

    Use(int maxWidth) {
      this.maxWidth = maxWidth;
    }

    public int maxWidth() {
      return maxWidth;
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ImageStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Image(String contentType, byte[] content) {

    /** The image as an HTTP answer, with the given caching and no content sniffing. */
    public org.springframework.http.ResponseEntity<byte[]> response(org.springframework.http.CacheControl cache) {
      return org.springframework.http.ResponseEntity.ok()
          .contentType(org.springframework.http.MediaType.parseMediaType(contentType)).cacheControl(cache)
          .header("X-Content-Type-Options", "nosniff").body(content);
    }
  }

  @Transactional
  public long store(byte[] upload, Use use) {
    if (upload == null || upload.length == 0) {
      throw DomainException.invalid("portal.image.empty");
    }
    if (upload.length > MAX_BYTES) {
      throw DomainException.invalid("portal.image.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    FileKind kind = FileKind.detect(upload).filter(k -> k == FileKind.PNG || k == FileKind.JPEG)
        .orElseThrow(() -> DomainException.invalid("portal.image.type"));
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(upload));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null || image.getWidth() < 1 || image.getHeight() < 1 || image.getWidth() > 12_000
        || image.getHeight() > 12_000) {
      throw DomainException.invalid("portal.image.unreadable");
    }
    boolean alpha = kind == FileKind.PNG && image.getColorModel().hasAlpha();
    int width = Math.min(use.maxWidth(), image.getWidth());
    int height = (int) Math.max(1, Math.round(image.getHeight() * (width / (double) image.getWidth())));
    BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    if (!alpha) {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
    }
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(out, alpha ? "png" : "jpg", bytes);
    } catch (IOException e) {
      throw DomainException.invalid("portal.image.unreadable");
    }
    String type = alpha ? "image/png" : "image/jpeg";
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("INSERT INTO portal_image (content_type, width, height, created_at, content, purpose) "
          + "VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, type);
      ps.setInt(2, width);
      ps.setInt(3, height);
      ps.setObject(4, java.time.OffsetDateTime.now(clock));
      ps.setBytes(5, bytes.toByteArray());
      ps.setString(6, use.name());
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  /** The image stored under this id for this use; empty for another use's image. */
  @Transactional(readOnly = true)
  public Optional<Image> load(long id, Use use) {
    return jdbc.query("SELECT content_type, content FROM portal_image WHERE id = ? AND purpose = ?",
        rs -> rs.next() ? Optional.of(new Image(rs.getString(1), rs.getBytes(2))) : Optional.empty(), id, use.name());
  }
}
