package vn.innohub.shared.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one XML part of an upload through SAX without building a model: no DTD or external entities (POI's secure
 * reader), at most {@link #MAX_DEPTH} nested elements and at most {@link #MAX_TOKEN_BYTES} between two {@code <}
 * (the parser keeps a whole tag, with its attributes, in memory), the parse's deadline checked on every element. What
 * a handler keeps is its own to bound (the text and element limits of {@link UploadLimits}).
 */
final class BoundedXml {

  /** Deeper nesting than any Office document has; the parser's own element stack grows with it. */
  static final int MAX_DEPTH = 256;
  /** One tag with its attributes, or one run of text between tags: 4 MiB. */
  static final int MAX_TOKEN_BYTES = 4 << 20;

  private BoundedXml() {}

  /** A SAX handler that knows its depth; subclasses override {@link #start} and {@link #end}. */
  abstract static class Handler extends DefaultHandler {
    private int depth;
    private int elements;

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (++depth > MAX_DEPTH) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.STRUCTURE));
      }
      if ((++elements & 1023) == 0) {
        ParseGuard.check();
      }
      start(localName, attributes);
    }

    @Override
    public final void endElement(String uri, String localName, String qName) throws SAXException {
      depth--;
      end(localName);
    }

    abstract void start(String name, Attributes attributes);

    abstract void end(String name);
  }

  /** Parses {@code xml} (closed at the end) into {@code handler}; a malformed part is {@link OfficeInspection.NotAZip}. */
  static void parse(InputStream xml, Handler handler) throws OfficeInspection.NotAZip {
    try (InputStream in = new TokenLimit(xml)) {
      XMLReader reader = XMLHelper.newXMLReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.parse(new InputSource(in));
    } catch (FileTooComplex | SheetRows.TooManyRows e) {
      throw e;
    } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new OfficeInspection.NotAZip("malformed XML: " + e.getMessage());
    }
  }

  /** Refuses a run of more than {@link #MAX_TOKEN_BYTES} bytes without a {@code <}. */
  private static final class TokenLimit extends FilterInputStream {
    private long sinceTag;

    TokenLimit(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = 0; i < n; i++) {
        count(b[off + i]);
      }
      return n;
    }

    private void count(int b) {
      if (b == '<') {
        sinceTag = 0;
      } else if (++sinceTag > MAX_TOKEN_BYTES) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.STRUCTURE));
      }
    }
  }
}
