package vn.innohub.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * ZIP files written byte by byte for the upload tests and benchmark, so that they can say what a real tool would not:
 * a directory whose sizes lie, a 5 GB entry in 5 MB. Zeros are deflated by repeating one precomputed block: after a
 * FULL_FLUSH the deflater starts afresh, so the block for 1 MiB of zeros is the same every time.
 */
public final class ZipBombs {

  private static final int MIB = 1 << 20;

  private ZipBombs() {}

  /** One entry: its bytes as stored in the file, and what the directory says about it. */
  public record Part(String name, int method, byte[] data, long crc, long declaredSize, long declaredCompressed) {

    public static Part stored(String name, byte[] content) {
      CRC32 crc = new CRC32();
      crc.update(content);
      return new Part(name, 0, content, crc.getValue(), content.length, content.length);
    }

    public static Part deflated(String name, byte[] content) {
      Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      d.setInput(content);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      d.end();
      CRC32 crc = new CRC32();
      crc.update(content);
      return new Part(name, 8, out.toByteArray(), crc.getValue(), content.length, out.size());
    }

    /** {@code mebibytes} MiB of zeros, deflated (about 1 KB per MiB); the directory tells the truth. */
    public static Part zeros(String name, long mebibytes) {
      byte[] data = deflatedRun(new byte[0], (byte) 0, mebibytes);
      return new Part(name, 8, data, crcOfRun(new byte[0], (byte) 0, mebibytes), mebibytes * MIB, data.length);
    }

    /**
     * A word/document.xml that is well-formed as far as any parser gets: the document's opening tags, then
     * {@code mebibytes} MiB of spaces (which XML allows there), deflated at about 1000:1.
     */
    public static Part spacedDocument(long mebibytes) {
      byte[] head = DOCUMENT_HEAD.getBytes(StandardCharsets.UTF_8);
      byte[] data = deflatedRun(head, (byte) ' ', mebibytes);
      return new Part("word/document.xml", 8, data, crcOfRun(head, (byte) ' ', mebibytes),
          head.length + mebibytes * MIB, data.length);
    }

    /** The same bytes, with the directory claiming another uncompressed size. */
    public Part declaring(long size) {
      return new Part(name, method, data, crc, size, declaredCompressed);
    }
  }

  private static final String DOCUMENT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

  /** The raw DEFLATE stream of {@code mebibytes} MiB of zeros, built without ever holding them. */
  public static byte[] deflatedZeros(long mebibytes) {
    return deflatedRun(new byte[0], (byte) 0, mebibytes);
  }

  /** {@code head} then {@code mebibytes} MiB of {@code fill}, as one raw DEFLATE stream (1 MiB block repeated). */
  public static byte[] deflatedRun(byte[] head, byte fill, long mebibytes) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] run = new byte[MIB];
    Arrays.fill(run, fill);
    byte[] start = head.length == 0 ? new byte[0] : flush(d, head);
    byte[] first = flush(d, run);
    byte[] block = flush(d, run);
    d.finish();
    ByteArrayOutputStream end = new ByteArrayOutputStream();
    byte[] buf = new byte[1024];
    while (!d.finished()) {
      end.write(buf, 0, d.deflate(buf));
    }
    d.end();
    long length = start.length + first.length + (mebibytes - 1) * block.length + end.size();
    byte[] out = new byte[Math.toIntExact(length)];
    System.arraycopy(start, 0, out, 0, start.length);
    System.arraycopy(first, 0, out, start.length, first.length);
    int p = start.length + first.length;
    for (long i = 1; i < mebibytes; i++) {
      System.arraycopy(block, 0, out, p, block.length);
      p += block.length;
    }
    System.arraycopy(end.toByteArray(), 0, out, p, end.size());
    return out;
  }

  /**
   * {@code count} copies of a 1 MiB block that starts with {@code noise} random bytes and is zeros after: about
   * 1 MiB / ({@code noise} + 1 KB) to one, so any ratio under the limit can be had; the directory tells the truth.
   */
  public static Part blocks(String name, int noise, int count) {
    byte[] block = new byte[MIB];
    System.arraycopy(noise(noise, 42), 0, block, 0, noise);
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] one = flush(d, block);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      out.writeBytes(one);
    }
    byte[] buf = new byte[1024];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    CRC32 crc = new CRC32();
    for (int i = 0; i < count; i++) {
      crc.update(block);
    }
    return new Part(name, 8, out.toByteArray(), crc.getValue(), (long) count * MIB, out.size());
  }

  private static byte[] flush(Deflater d, byte[] input) {
    d.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
    } while (n == buf.length || !d.needsInput());
    return out.toByteArray();
  }

  static long crcOfRun(byte[] head, byte fill, long mebibytes) {
    CRC32 crc = new CRC32();
    crc.update(head);
    byte[] run = new byte[MIB];
    Arrays.fill(run, fill);
    for (long i = 0; i < mebibytes; i++) {
      crc.update(run);
    }
    return crc.getValue();
  }

  /** The minimal parts of a DOCX around {@code document} (word/document.xml). */
  public static List<Part> docx(Part document) {
    List<Part> parts = new ArrayList<>();
    parts.add(Part.deflated("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
        + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
        + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
        + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
        .getBytes(StandardCharsets.UTF_8)));
    parts.add(Part.deflated("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
        + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
        + "\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8)));
    parts.add(document);
    return parts;
  }

  /** The ZIP file of {@code parts}, in ZIP64 form for any size or offset past 4 GiB. */
  public static byte[] zip(List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Part p : parts) {
      long offset = out.size();
      byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
      boolean big = p.declaredSize() >= 0xFFFFFFFFL || p.declaredCompressed() >= 0xFFFFFFFFL;
      byte[] extra = big ? zip64(p.declaredSize(), p.declaredCompressed(), null) : new byte[0];
      int32(out, 0x04034b50);
      int16(out, big ? 45 : 20);
      int16(out, 0x0800);
      int16(out, p.method());
      int32(out, 0);
      int32(out, (int) p.crc());
      int32(out, big ? -1 : (int) p.declaredCompressed());
      int32(out, big ? -1 : (int) p.declaredSize());
      int16(out, name.length);
      int16(out, extra.length);
      out.writeBytes(name);
      out.writeBytes(extra);
      out.writeBytes(p.data());
      int32(central, 0x02014b50);
      int16(central, 45);
      int16(central, big ? 45 : 20);
      int16(central, 0x0800);
      int16(central, p.method());
      int32(central, 0);
      int32(central, (int) p.crc());
      int32(central, big ? -1 : (int) p.declaredCompressed());
      int32(central, big ? -1 : (int) p.declaredSize());
      int16(central, name.length);
      int16(central, extra.length);
      int16(central, 0);
      int16(central, 0);
      int16(central, 0);
      int32(central, 0);
      int32(central, (int) offset);
      central.writeBytes(name);
      central.writeBytes(extra);
    }
    long cdOffset = out.size();
    out.writeBytes(central.toByteArray());
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, Math.min(parts.size(), 0xFFFF));
    int16(out, Math.min(parts.size(), 0xFFFF));
    int32(out, central.size());
    int32(out, (int) cdOffset);
    int16(out, 0);
    return out.toByteArray();
  }

  private static byte[] zip64(long size, long compressed, Long offset) {
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    int16(x, 0x0001);
    int16(x, offset == null ? 16 : 24);
    int64(x, size);
    int64(x, compressed);
    if (offset != null) {
      int64(x, offset);
    }
    return x.toByteArray();
  }

  /** {@code count} tiny stored entries. */
  public static byte[] manyEntries(int count) {
    List<Part> parts = new ArrayList<>(docx(Part.deflated("word/document.xml", new byte[] {'<', 'w', '/', '>'})));
    byte[] one = {'x'};
    for (int i = 0; i < count; i++) {
      parts.add(Part.stored("word/media/x" + i + ".bin", one));
    }
    return zip(parts);
  }

  /** Random bytes (incompressible), for entries whose actual size matters and ratio does not. */
  public static byte[] noise(int length, long seed) {
    byte[] b = new byte[length];
    new java.util.Random(seed).nextBytes(b);
    return b;
  }

  private static void int16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, int v) {
    int16(out, v & 0xFFFF);
    int16(out, (v >>> 16) & 0xFFFF);
  }

  private static void int64(ByteArrayOutputStream out, long v) {
    int32(out, (int) v);
    int32(out, (int) (v >>> 32));
  }
}
