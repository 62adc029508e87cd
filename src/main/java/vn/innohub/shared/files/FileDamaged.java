package vn.innohub.shared.files;

import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/**
 * An upload whose first bytes claim a kind (PDF, DOCX, XLSX, PNG, JPEG) but whose content does not read as one:
 * "Tệp bị hỏng hoặc không đúng định dạng …" — half a file, or magic bytes followed by noise. Nothing is stored.
 */
public class FileDamaged extends DomainException {

  public FileDamaged(FileKind kind) {
    super(HttpStatus.BAD_REQUEST, "upload.damaged", kind.name());
  }
}
