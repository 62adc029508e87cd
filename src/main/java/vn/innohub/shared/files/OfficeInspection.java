package vn.innohub.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * Looks at an Office (OOXML) upload before anything parses it: reads the ZIP's central directory straight from the
 * bytes — nothing inflated — and refuses too many entries, too large a declared size or a declared ratio above the
 * limit; tells DOCX from XLSX by the entry names; and inflates only under watch, entry by entry, stopping as soon as
 * the bytes actually produced cross the size or ratio limit (declared sizes can lie) or the parse's time is up.
 * Parsers open the package through {@link #open(byte[])}, so POI reads every part through the same watch.
 */
public final class OfficeInspection {

  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final long U32 = 0xFFFFFFFFL;

  private OfficeInspection() {}

  /** One entry as the central directory declares it. */
  public record Entry(String name, int method, long compressedSize, long declaredSize, long localHeaderOffset) {}

  /** The directory of a ZIP container that passed the declared limits. */
  public record Directory(List<Entry> entries) {

    /** DOCX or XLSX by the main part's name; empty for any other ZIP. */
    public Optional<FileKind> kind() {
      for (Entry e : entries) {
        if (e.name().equals("word/document.xml")) {
          return Optional.of(FileKind.DOCX);
        }
        if (e.name().equals("xl/workbook.xml")) {
          return Optional.of(FileKind.XLSX);
        }
      }
      return Optional.empty();
    }
  }

  /** The ZIP is not one we can read (no directory, an unsupported method, a broken stream): not a bomb, just bad. */
  public static class NotAZip extends IOException {
    NotAZip(String message) {
      super(message);
    }
  }

  /**
   * Reads the central directory and applies the declared limits (entry count, total declared size, declared ratio
   * per entry above the grace size). Nothing is inflated.
   */
  public static Directory directory(byte[] zip) throws NotAZip {
    UploadLimits limits = UploadLimits.current();
    int eocd = findEndOfDirectory(zip);
    long count = u16(zip, eocd + 10);
    long cdSize = u32(zip, eocd + 12);
    long cdOffset = u32(zip, eocd + 16);
    if (count == 0xFFFF || cdSize == U32 || cdOffset == U32) {
      int locator = eocd - 20;
      if (locator < 0 || i32(zip, locator) != ZIP64_LOCATOR) {
        throw new NotAZip("ZIP64 locator missing");
      }
      long z64 = u64(zip, locator + 8);
      if (z64 < 0 || z64 > zip.length - 56 || i32(zip, (int) z64) != ZIP64_EOCD) {
        throw new NotAZip("ZIP64 end of directory missing");
      }
      count = u64(zip, (int) z64 + 32);
      cdSize = u64(zip, (int) z64 + 40);
      cdOffset = u64(zip, (int) z64 + 48);
    }
    if (count > limits.maxEntries()) {
      throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.ENTRIES, limits.maxEntries()));
    }
    if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > zip.length) {
      throw new NotAZip("central directory outside the file");
    }
    List<Entry> entries = new ArrayList<>();
    long declaredTotal = 0;
    int p = (int) cdOffset;
    int end = (int) (cdOffset + cdSize);
    while (p + 46 <= end && i32(zip, p) == CENTRAL) {
      if (entries.size() >= limits.maxEntries()) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.ENTRIES, limits.maxEntries()));
      }
      int method = u16(zip, p + 10);
      long compressed = u32(zip, p + 20);
      long declared = u32(zip, p + 24);
      int nameLength = u16(zip, p + 28);
      int extraLength = u16(zip, p + 30);
      int commentLength = u16(zip, p + 32);
      long offset = u32(zip, p + 42);
      if (p + 46 + nameLength + extraLength > end) {
        throw new NotAZip("truncated directory entry");
      }
      String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
      int x = p + 46 + nameLength;
      int xEnd = x + extraLength;
      while (x + 4 <= xEnd) {
        int id = u16(zip, x);
        int size = u16(zip, x + 2);
        if (x + 4 + size > xEnd) {
          break;
        }
        if (id == 0x0001) {
          int v = x + 4;
          if (declared == U32 && v + 8 <= x + 4 + size) {
            declared = u64(zip, v);
            v += 8;
          }
          if (compressed == U32 && v + 8 <= x + 4 + size) {
            compressed = u64(zip, v);
            v += 8;
          }
          if (offset == U32 && v + 8 <= x + 4 + size) {
            offset = u64(zip, v);
          }
        }
        x += 4 + size;
      }
      if (declared < 0 || compressed < 0 || declared > limits.maxDeclaredBytes()) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.DECLARED_SIZE,
            FileTooComplex.megabytes(limits.maxDeclaredBytes())));
      }
      declaredTotal += declared;
      if (declaredTotal > limits.maxDeclaredBytes()) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.DECLARED_SIZE,
            FileTooComplex.megabytes(limits.maxDeclaredBytes())));
      }
      if (declared > limits.ratioGraceBytes() && declared > (double) limits.maxRatio() * Math.max(1, compressed)) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.RATIO, limits.maxRatio()));
      }
      entries.add(new Entry(name, method, compressed, declared, offset));
      p += 46 + nameLength + extraLength + commentLength;
    }
    if (entries.isEmpty()) {
      throw new NotAZip("empty directory");
    }
    return new Directory(List.copyOf(entries));
  }

  /**
   * Inflates every entry under watch without keeping the bytes: for files that are stored, not parsed (evidence,
   * contest files), so that a bomb whose directory lies is refused too. Costs at most the inflated-size limit.
   */
  public static void verify(byte[] zip, Directory directory) throws NotAZip {
    Watch watch = new Watch();
    byte[] sink = new byte[64 * 1024];
    for (Entry e : directory.entries()) {
      try (InputStream in = watch.open(zip, e)) {
        while (in.read(sink) >= 0) {
          // counted and checked by the watch
        }
      } catch (NotAZip bad) {
        throw bad;
      } catch (IOException bad) {
        throw new NotAZip(bad.getMessage());
      }
    }
  }

  /**
   * The OOXML package of an upload, after the directory's checks, whose parts POI reads through the watch. The
   * caller closes it (closing the POI document closes it too).
   */
  public static OPCPackage open(byte[] zip) throws IOException {
    Directory directory = directory(zip);
    try {
      return OPCPackage.open(new WatchedSource(zip, directory));
    } catch (InvalidFormatException e) {
      ParseGuard.rethrowRefusal(e);
      throw new NotAZip(e.getMessage());
    }
  }

  /**
   * The parts of one upload for our streaming readers ({@link SheetRows}, {@link DocxBlocks}): each opened by name and
   * inflated through one watch, so the size and ratio limits count every part of the file together.
   */
  public static final class Parts {
    private final byte[] zip;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Watch watch = new Watch();

    private Parts(byte[] zip, Directory directory) {
      this.zip = zip;
      for (Entry e : directory.entries()) {
        byName.putIfAbsent(e.name().toLowerCase(java.util.Locale.ROOT), e);
      }
    }

    /** Whether the package has this part (names compared ignoring case, without a leading slash). */
    public boolean has(String name) {
      return byName.containsKey(key(name));
    }

    /** The part's inflated bytes, under watch; {@link NotAZip} when absent or unreadable. */
    public InputStream open(String name) throws NotAZip {
      Entry e = byName.get(key(name));
      if (e == null) {
        throw new NotAZip("no part " + name);
      }
      return watch.open(zip, e);
    }

    private static String key(String name) {
      return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The parts of an upload, after the directory's checks (entries, declared size, declared ratio). */
  public static Parts parts(byte[] zip) throws NotAZip {
    return new Parts(zip, directory(zip));
  }

  /** Counts what every part of one file inflates to, so that many small entries cannot add up to a bomb. */
  private static final class Watch {
    private final UploadLimits limits = UploadLimits.current();
    private long total;

    InputStream open(byte[] zip, Entry e) throws NotAZip {
      long local = e.localHeaderOffset();
      if (local < 0 || local > zip.length - 30 || i32(zip, (int) local) != LOCAL) {
        throw new NotAZip("local header missing for " + e.name());
      }
      int data = (int) local + 30 + u16(zip, (int) local + 26) + u16(zip, (int) local + 28);
      if (data > zip.length) {
        throw new NotAZip("entry data outside the file");
      }
      return switch (e.method()) {
        case 0 -> new Part(zip, data, (int) Math.min(e.compressedSize(), zip.length - data), null);
        case 8 -> new Part(zip, data, zip.length - data, new Inflater(true));
        default -> throw new NotAZip("unsupported compression method " + e.method());
      };
    }

    /** One entry's bytes: stored ones copied, deflated ones inflated; every read counted against the limits. */
    private final class Part extends InputStream {
      private final byte[] zip;
      private final Inflater inflater;
      private int position;
      private final int end;
      private long produced;

      Part(byte[] zip, int start, int length, Inflater inflater) {
        this.zip = zip;
        this.inflater = inflater;
        this.position = start;
        this.end = start + length;
        if (inflater != null) {
          inflater.setInput(zip, start, length);
        }
      }

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        ParseGuard.check();
        if (len == 0) {
          return 0;
        }
        int n;
        if (inflater == null) {
          if (position >= end) {
            return -1;
          }
          n = Math.min(len, end - position);
          System.arraycopy(zip, position, b, off, n);
          position += n;
        } else {
          try {
            n = 0;
            while (n == 0) {
              if (inflater.finished()) {
                return -1;
              }
              if (inflater.needsInput() || inflater.needsDictionary()) {
                throw new NotAZip("truncated deflate stream");
              }
              n = inflater.inflate(b, off, Math.min(len, 64 * 1024));
            }
          } catch (DataFormatException e) {
            throw new NotAZip("broken deflate stream");
          }
        }
        produced += n;
        total += n;
        if (produced > limits.maxInflatedBytes() || total > limits.maxInflatedBytes()) {
          throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.INFLATED_SIZE,
              FileTooComplex.megabytes(limits.maxInflatedBytes())));
        }
        if (inflater != null && produced > limits.ratioGraceBytes()
            && produced > (double) limits.maxRatio() * Math.max(1, inflater.getBytesRead())) {
          throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.RATIO, limits.maxRatio()));
        }
        return n;
      }

      @Override
      public void close() {
        if (inflater != null) {
          inflater.end();
        }
      }
    }
  }

  /** The package's entries for POI, each part read through the watch. */
  private static final class WatchedSource implements ZipEntrySource {
    private final byte[] zip;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final Map<ZipArchiveEntry, Entry> declared = new java.util.IdentityHashMap<>();
    private final Watch watch = new Watch();
    private boolean closed;

    WatchedSource(byte[] zip, Directory directory) {
      this.zip = zip;
      for (Entry e : directory.entries()) {
        ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
        entry.setMethod(e.method());
        entry.setSize(e.declaredSize());
        entry.setCompressedSize(e.compressedSize());
        if (entries.putIfAbsent(e.name(), entry) == null) {
          declared.put(entry, e);
        }
      }
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
      return Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
      String name = path.startsWith("/") ? path.substring(1) : path;
      ZipArchiveEntry entry = entries.get(name);
      if (entry == null) {
        for (ZipArchiveEntry e : entries.values()) {
          if (e.getName().equalsIgnoreCase(name)) {
            return e;
          }
        }
      }
      return entry;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
      Entry e = declared.get(entry);
      if (e == null) {
        e = declared.get(getEntry(entry.getName()));
      }
      if (e == null) {
        throw new NotAZip("no such entry " + entry.getName());
      }
      return watch.open(zip, e);
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }
  }

  private static int findEndOfDirectory(byte[] zip) throws NotAZip {
    for (int p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 65_535); p--) {
      if (i32(zip, p) == EOCD) {
        return p;
      }
    }
    throw new NotAZip("no end of central directory");
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static int i32(byte[] b, int p) {
    return u16(b, p) | u16(b, p + 2) << 16;
  }

  private static long u32(byte[] b, int p) {
    return i32(b, p) & U32;
  }

  private static long u64(byte[] b, int p) {
    return u32(b, p) | u32(b, p + 4) << 32;
  }
}
