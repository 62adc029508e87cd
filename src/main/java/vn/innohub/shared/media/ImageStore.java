package vn.innohub.shared.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.files.FileKind;

/**
 * Uploaded images, checked by content (PNG or JPEG only), size-limited and re-encoded: the stored file is a fresh JPEG
 * (PNG when it has transparency) no larger than its use needs, so nothing of the uploaded bytes but the pixels is
 * served. The dimensions are read from the header before any pixel is decoded, and large images are decoded
 * subsampled, so a small file claiming a huge picture cannot exhaust memory. Each image is stored for one use and is
 * only ever loaded for that use, so that, for example, a logo of a profile not yet verified cannot be fetched as a
 * news image.
 */
@Service
public class ImageStore {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The largest picture accepted, whatever the file size: 40 megapixels (8,000 × 5,000). */
  public static final long MAX_PIXELS = 40_000_000L;

  /** What an image is for, and the box it is scaled down into. */
  public enum Use {
    /** News and event pictures, served by the portal to anyone. */
    PORTAL(1600, 4800),
    /** Directory profile logos, served only as a published profile's logo (or to its owner and ADMIN). */
    LOGO(512, 512);

    private final int maxWidth;
    private final int maxHeight;

    Use(int maxWidth, int maxHeight) {
      this.maxWidth = maxWidth;
      this.maxHeight = maxHeight;
    }

    public int maxWidth() {
      return maxWidth;
    }

    public int maxHeight() {
      return maxHeight;
    }

    /** The factor (at most 1) that fits a picture of this size into the box. */
    double scale(int width, int height) {
      return Math.min(1.0, Math.min(maxWidth / (double) width, maxHeight / (double) height));
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
    public ResponseEntity<byte[]> response(CacheControl cache) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).cacheControl(cache)
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
    BufferedImage image = decode(upload, use);
    boolean alpha = kind == FileKind.PNG && image.getColorModel().hasAlpha();
    // The box applies to the original picture; subsampled decoding only made it cheaper to get there.
    double scale = use.scale(image.getWidth(), image.getHeight());
    int width = (int) Math.max(1, Math.round(image.getWidth() * scale));
    int height = (int) Math.max(1, Math.round(image.getHeight() * scale));
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

  /**
   * Reads the size from the header, refuses pictures over {@link #MAX_PIXELS}, then decodes — every n-th pixel when
   * the picture is more than twice as large as the box needs.
   */
  private static BufferedImage decode(byte[] upload, Use use) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw DomainException.invalid("portal.image.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
          throw DomainException.invalid("portal.image.unreadable");
        }
        if ((long) width * height > MAX_PIXELS) {
          throw DomainException.invalid("portal.image.tooManyPixels", width, height, MAX_PIXELS / 1_000_000);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.floor(1 / (2 * use.scale(width, height))));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
          throw DomainException.invalid("portal.image.unreadable");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException d) {
        throw d;
      }
      throw DomainException.invalid("portal.image.unreadable");
    }
  }

  /** The image stored under this id for this use; empty for another use's image. */
  @Transactional(readOnly = true)
  public Optional<Image> load(long id, Use use) {
    return jdbc.query("SELECT content_type, content FROM portal_image WHERE id = ? AND purpose = ?",
        rs -> rs.next() ? Optional.of(new Image(rs.getString(1), rs.getBytes(2))) : Optional.empty(), id, use.name());
  }

  /** Deletes an image no longer referred to (a replaced or refused logo); another use's image is left alone. */
  @Transactional
  public void delete(long id, Use use) {
    jdbc.update("DELETE FROM portal_image WHERE id = ? AND purpose = ?", id, use.name());
  }
}
