package vn.innohub.portal.library.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.internal.PolicyDocument;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** The library document form as typed: text until read, so a refused form comes back exactly as it was sent. */
public class DocumentForm {

  private String type = "";
  private String title = "";
  private String number = "";
  private String issuedOn = "";
  private String issuer = "";
  private String status = DocumentStatus.IN_FORCE.name();
  private String replacedBy = "";
  private String summary = "";
  private String tags = "";
  private boolean published;
  private long version;

  // CHECKSTYLE:OFF
  public String getType() { return type; } public void setType(String v) { type = v; }
  public String getTitle() { return title; } public void setTitle(String v) { title = v; }
  public String getNumber() { return number; } public void setNumber(String v) { number = v; }
  public String getIssuedOn() { return issuedOn; } public void setIssuedOn(String v) { issuedOn = v; }
  public String getIssuer() { return issuer; } public void setIssuer(String v) { issuer = v; }
  public String getStatus() { return status; } public void setStatus(String v) { status = v; }
  public String getReplacedBy() { return replacedBy; } public void setReplacedBy(String v) { replacedBy = v; }
  public String getSummary() { return summary; } public void setSummary(String v) { summary = v; }
  public String getTags() { return tags; } public void setTags(String v) { tags = v; }
  public boolean isPublished() { return published; } public void setPublished(boolean v) { published = v; }
  public long getVersion() { return version; } public void setVersion(long v) { version = v; }
  // CHECKSTYLE:ON

  static DocumentForm of(PolicyDocument d) {
    DocumentForm f = new DocumentForm();
    f.type = d.getType().name();
    f.title = d.getTitle();
    f.number = s(d.getNumber());
    f.issuedOn = d.getIssuedOn() == null ? "" : d.getIssuedOn().toString();
    f.issuer = s(d.getIssuer());
    f.status = d.getStatus().name();
    f.replacedBy = d.getReplacedBy() == null ? "" : d.getReplacedBy().getId().toString();
    f.summary = s(d.getSummary());
    f.tags = s(d.getTags());
    f.published = d.isPublished();
    f.version = d.getVersion();
    return f;
  }

  /** The typed values as document data; what cannot be read is reported by field and nothing is returned. */
  DocumentData toData(Messages messages, Map<String, String> errors) {
    DocumentType t = enumOf(DocumentType.class, type, "type", "library.error.typeUnknown", messages, errors);
    DocumentStatus st = enumOf(DocumentStatus.class, status, "status", "library.error.statusUnknown", messages, errors);
    LocalDate issued = null;
    if (!Texts.isBlank(issuedOn)) {
      try {
        issued = LocalDate.parse(issuedOn.strip());
      } catch (DateTimeParseException e) {
        errors.put("issuedOn", messages.get("library.error.date"));
      }
    }
    Long replacement = null;
    // The choice is kept in the form while another status is picked; it counts only for a replaced document.
    if (st == DocumentStatus.REPLACED && !Texts.isBlank(replacedBy)) {
      try {
        replacement = Long.valueOf(replacedBy.strip());
      } catch (NumberFormatException e) {
        errors.put("replacedBy", messages.get("library.error.replacedByUnknown"));
      }
    }
    DocumentData data = new DocumentData(t, Texts.blankToNull(title), Texts.blankToNull(number),
        issued, Texts.blankToNull(issuer), st, replacement, Texts.blankToNull(summary),
        tagList(tags), published);
    return errors.isEmpty() ? data : null;
  }

  /** "khởi nghiệp, KHỞI NGHIỆP ,  đổi mới" → [khởi nghiệp, đổi mới]: blanks dropped, the same tag once. */
  static List<String> tagList(String typed) {
    Map<String, String> byKey = new LinkedHashMap<>();
    if (typed != null) {
      for (String part : typed.split("[,;\\n]")) {
        String tag = VietnameseText.tidy(part);
        if (!tag.isEmpty()) {
          byKey.putIfAbsent(VietnameseText.fold(tag), tag);
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static <E extends Enum<E>> E enumOf(Class<E> kind, String text, String field, String unknownCode,
      Messages messages, Map<String, String> errors) {
    if (Texts.isBlank(text)) {
      return null;
    }
    try {
      return Enum.valueOf(kind, text.strip());
    } catch (IllegalArgumentException e) {
      errors.put(field, messages.get(unknownCode));
      return null;
    }
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  static Map<String, String> newErrors() {
    return new LinkedHashMap<>();
  }
}
