package vn.innohub.portal.library.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.innohub.portal.library.Upload;
import vn.innohub.shared.files.FileKind;
import vn.innohub.shared.files.FileTooComplex;
import vn.innohub.shared.files.DocxBlocks;
import vn.innohub.shared.files.ParseBudget;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.files.PdfText;
import vn.innohub.shared.files.StoredUpload;
import vn.innohub.shared.web.Messages;

/**
 * Checks an uploaded file for the library — a PDF or a DOCX by its content, within the size limit — and reads its
 * text for search: DOCX with Apache POI, PDF with Apache PDFBox. A password-protected PDF is kept without text.
 */
@Component
class AttachmentReader {

  private static final Logger log = LoggerFactory.getLogger(AttachmentReader.class);

  /** Text kept per file: a longer one is searched on its first part only (a whole book is not a policy). */
  static final int MAX_TEXT = 2_000_000;

  /** A file that passed the checks, with its text (null when none could be read). */
  record Checked(StoredUpload file, String text) {}

  private final long maxBytes;
  private final Messages messages;
  private final ParseBudget budget;

  AttachmentReader(@Value("${innohub.library.max-file-size:10MB}") DataSize maxSize, Messages messages,
      ParseBudget budget) {
    this.maxBytes = maxSize.toBytes();
    this.messages = messages;
    this.budget = budget;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** The checked file, or the message telling why it is refused. */
  Result read(Upload upload) {
    String name = StoredUpload.safeName(upload.fileName(), "tep");
    if (upload.isEmpty()) {
      return Result.refused(messages.get("library.error.fileEmpty", name));
    }
    if (upload.content().length > maxBytes) {
      return Result.refused(messages.get("library.error.fileTooLarge", name, DataSize.ofBytes(maxBytes).toMegabytes()));
    }
    Optional<FileKind> kind;
    try {
      kind = budget.run(() -> FileKind.detect(upload.content())).filter(k -> k == FileKind.PDF || k == FileKind.DOCX);
    } catch (vn.innohub.shared.files.FileDamaged e) {
      log.info("Library file {} refused: damaged", name);
      return Result.refused(name + ": " + messages.of(e));
    } catch (FileTooComplex e) {
      log.info("Library file {} refused: {}", name, e.code());
      return Result.refused(messages.of(e));
    }
    if (kind.isEmpty()) {
      return Result.refused(messages.get("library.error.fileType", name));
    }
    String text;
    try {
      FileKind k = kind.get();
      text = budget.run(() -> k == FileKind.PDF ? pdfText(upload.content()) : docxText(upload.content()));
    } catch (FileTooComplex e) {
      log.info("Library file {} refused: {}", name, e.code());
      return Result.refused(messages.of(e));
    } catch (InvalidPasswordException e) {
      log.info("Library file {} is password-protected: kept without searchable text", name);
      text = null;
    } catch (IOException | RuntimeException e) {
      log.info("Library file {} refused: its {} content cannot be read ({})", name, kind.get(), e.toString());
      return Result.refused(messages.get("library.error.fileUnreadable", name, kind.get().name()));
    }
    if (text != null) {
      text = text.replace('\u0000', ' ').strip();
      if (text.length() > MAX_TEXT) {
        text = text.substring(0, MAX_TEXT);
      }
      if (text.isEmpty()) {
        text = null;
      }
    }
    return new Result(new Checked(StoredUpload.of(withExtension(name, kind.get()), kind.get(), upload.content()),
        text), null);
  }

  /** Either the checked file or the reason it was refused. */
  record Result(Checked file, String refusal) {
    static Result refused(String message) {
      return new Result(null, message);
    }
  }

  static String pdfText(byte[] content) throws IOException {
    return PdfText.extract(content);
  }

  /** The DOCX's text, streamed (never POI's whole-document model). */
  static String docxText(byte[] content) throws IOException {
    try {
      return DocxBlocks.text(DocxBlocks.read(content));
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw e;
    }
  }

  /** Downloads open in the right program: a DOCX uploaded as "x.pdf" is served as "x.docx". */
  static String withExtension(String name, FileKind kind) {
    if (kind.matchesName(name)) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base + "." + kind.name().toLowerCase(Locale.ROOT);
  }

}
