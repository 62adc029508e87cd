package vn.innohub.portal.library.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.portal.library.Upload;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/**
 * Thư viện chính sách: ADMIN keeps the library's documents and their files; visitors read the published ones.
 * Files are checked and their text read before anything is written, so a refused file leaves the saved document as
 * it was.
 */
@Service
public class PolicyLibrary {

  /** Files one save may add, so one form cannot fill the database. */
  static final int MAX_FILES_PER_SAVE = 10;

  private final PolicyDocumentRepository documents;
  private final PolicyAttachmentRepository attachments;
  private final AttachmentReader reader;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final TransactionTemplate readOnly;
  private final Messages messages;
  private final Clock clock;

  PolicyLibrary(PolicyDocumentRepository documents, PolicyAttachmentRepository attachments, AttachmentReader reader,
      JdbcTemplate jdbc, PlatformTransactionManager transactions, Messages messages, Clock clock) {
    this.documents = documents;
    this.attachments = attachments;
    this.reader = reader;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.messages = messages;
    this.clock = clock;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  /** The size limit of one file, in megabytes, for the form's hint. */
  public long maxFileMegabytes() {
    return reader.maxBytes() / (1024 * 1024);
  }

  // --- ADMIN -------------------------------------------------------------------------------------------------

  /** A new document with its files; refused as a whole, field by field, when anything is wrong. */
  public PolicyDocument create(DocumentData data, List<Upload> files, Actor actor) {
    requireAdmin(actor);
    List<AttachmentReader.Checked> checked = checkFiles(data, 0, files);
    return tx.execute(status -> {
      PolicyDocument d = new PolicyDocument(uniqueSlug(data.title()), data, replacement(data), actor.username(),
          clock.instant());
      documents.saveAndFlush(d);
      store(d, checked, actor);
      return d;
    });
  }

  /** Saves the changes and adds the files; a stale version or a refused field leaves the document as it was. */
  public PolicyDocument update(long id, long version, DocumentData data, List<Upload> files, Actor actor) {
    requireAdmin(actor);
    List<AttachmentReader.Checked> checked = checkFiles(data, id, files);
    return tx.execute(status -> {
      PolicyDocument d = load(id);
      if (d.getVersion() != version) {
        throw DomainException.conflict("error.staleEdit");
      }
      d.edit(data, replacement(data), actor.username(), clock.instant());
      documents.saveAndFlush(d);
      store(d, checked, actor);
      return d;
    });
  }

  /** Deletes a document and its files; refused while another document names it as its replacement. */
  @Transactional
  public void delete(long id, Actor actor) {
    requireAdmin(actor);
    PolicyDocument d = load(id);
    List<PolicyDocument> replaced = documents.findByReplacedByIdOrderByIssuedOnDesc(id);
    if (!replaced.isEmpty()) {
      throw DomainException.conflict("library.error.stillReplacing", label(replaced.get(0)));
    }
    documents.delete(d);
  }

  /** Removes one file from its document; returns the document's id. */
  @Transactional
  public long removeAttachment(long attachmentId, Actor actor) {
    requireAdmin(actor);
    PolicyAttachment a = attachments.findById(attachmentId)
        .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
    PolicyDocument d = a.getDocument();
    d.detach(a, actor.username(), clock.instant());
    attachments.delete(a);
    return d.getId();
  }

  @Transactional(readOnly = true)
  public PolicyDocument get(long id, Actor actor) {
    requireAdmin(actor);
    PolicyDocument d = load(id);
    Hibernate.initialize(d.getReplacedBy());
    return d;
  }

  /** A document's files, without their text or bytes. */
  @Transactional(readOnly = true)
  public List<FileInfo> files(long documentId) {
    return attachments.infoFor(List.of(documentId));
  }

  @Transactional(readOnly = true)
  public Page<PolicyDocument> all(int page, Actor actor) {
    requireAdmin(actor);
    return documents.findAllByOrderByUpdatedAtDesc(PageRequest.of(Math.max(0, page), 50));
  }

  /** Every document, for the "replaced by" choice. */
  @Transactional(readOnly = true)
  public List<PolicyDocument> choices(Actor actor) {
    requireAdmin(actor);
    return documents.allByTitle();
  }

  /** A file of any document, published or not, for ADMIN to check. */
  @Transactional(readOnly = true)
  public StoredFile file(long attachmentId, Actor actor) {
    requireAdmin(actor);
    PolicyAttachment a = attachments.findById(attachmentId)
        .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
    return read(a);
  }

  // --- public side ---------------------------------------------------------------------------------------------

  /** Published documents' pages for the sitemap, last changed first. */
  @Transactional(readOnly = true)
  public List<vn.innohub.shared.web.SitemapSource.Entry> sitemapEntries(int max) {
    return documents.publishedSlugs(org.springframework.data.domain.PageRequest.of(0, Math.max(1, max))).stream()
        .map(r -> new vn.innohub.shared.web.SitemapSource.Entry("/van-ban/" + r[0], (java.time.Instant) r[1]))
        .toList();
  }

  /** A published document with its replacement loaded; empty for a draft or an unknown slug. */
  @Transactional(readOnly = true)
  public Optional<PolicyDocument> published(String slug) {
    Optional<PolicyDocument> found = documents.findBySlug(slug).filter(PolicyDocument::isPublished);
    found.ifPresent(d -> Hibernate.initialize(d.getReplacedBy()));
    return found;
  }

  /** Published documents this one replaced. */
  @Transactional(readOnly = true)
  public List<PolicyDocument> replacedBy(PolicyDocument d) {
    return documents.publishedReplacedBy(d.getId());
  }

  /** A file of a published document, found through that document's slug. */
  @Transactional(readOnly = true)
  public StoredFile publishedFile(String slug, long attachmentId) {
    PolicyAttachment a = attachments.findById(attachmentId)
        .filter(x -> x.getDocument().isPublished() && x.getDocument().getSlug().equals(slug))
        .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
    return read(a);
  }

  @Transactional(readOnly = true)
  public List<String> publishedIssuers() {
    return documents.publishedIssuers();
  }

  @Transactional(readOnly = true)
  public List<Integer> publishedYears() {
    return documents.publishedYears();
  }

  /** A stored file to download. */
  public record StoredFile(String fileName, String contentType, byte[] content) {}

  // --- helpers -----------------------------------------------------------------------------------------------

  private PolicyDocument load(long id) {
    return documents.findById(id).orElseThrow(() -> DomainException.notFound("Document", id));
  }

  private StoredFile read(PolicyAttachment a) {
    byte[] bytes = jdbc.queryForObject("SELECT content FROM policy_attachment_file WHERE attachment_id = ?",
        byte[].class, a.getId());
    return new StoredFile(a.getFileName(), a.getContentType(), bytes);
  }

  private static String label(PolicyDocument d) {
    return d.getNumber() == null ? d.getTitle() : d.getNumber() + " – " + d.getTitle();
  }

  /** Checks the fields and reads every file; all problems are reported together, before anything is written. */
  private List<AttachmentReader.Checked> checkFiles(DocumentData data, long id, List<Upload> uploads) {
    Map<String, String> errors = new LinkedHashMap<>();
    readOnly.executeWithoutResult(status -> {
      boolean exists = data.replacedById() != null && documents.existsById(data.replacedById());
      List<Long> chain = exists ? chain(data.replacedById()) : List.of();
      LocalDate today = LocalDate.now(clock);
      DocumentRules.check(data, id, exists, chain, today).forEach((field, code) -> errors.put(field,
          messages.get(code)));
    });
    List<Upload> present = uploads == null ? List.of()
        : uploads.stream().filter(u -> !(u.isEmpty() && (u.fileName() == null || u.fileName().isBlank()))).toList();
    List<AttachmentReader.Checked> checked = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    if (present.size() > MAX_FILES_PER_SAVE) {
      refused.add(messages.get("library.error.tooManyFiles", MAX_FILES_PER_SAVE));
    } else {
      for (Upload u : present) {
        AttachmentReader.Result r = reader.read(u);
        if (r.file() != null) {
          checked.add(r.file());
        } else {
          refused.add(r.refusal());
        }
      }
    }
    if (!refused.isEmpty()) {
      errors.put("files", String.join(" ", refused));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("library.invalid", errors);
    }
    return checked;
  }

  /** What the named document is replaced by, and what that one is replaced by, and so on. */
  private List<Long> chain(long start) {
    List<Long> chain = new ArrayList<>();
    PolicyDocument at = documents.findById(start).orElse(null);
    while (at != null && at.getReplacedBy() != null && chain.size() < 100) {
      at = at.getReplacedBy();
      if (chain.contains(at.getId())) {
        break;
      }
      chain.add(at.getId());
    }
    chain.add(0, start);
    return chain;
  }

  private PolicyDocument replacement(DocumentData data) {
    return data.replacedById() == null ? null : load(data.replacedById());
  }

  private void store(PolicyDocument d, List<AttachmentReader.Checked> files, Actor actor) {
    for (AttachmentReader.Checked f : files) {
      PolicyAttachment a = new PolicyAttachment(d, f, actor.username(), clock.instant());
      d.attach(a);
      attachments.saveAndFlush(a);
      jdbc.update("INSERT INTO policy_attachment_file (attachment_id, content) VALUES (?, ?)", a.getId(),
          f.file().content());
    }
    if (!files.isEmpty()) {
      d.touch(actor.username(), clock.instant());
    }
  }

  private String uniqueSlug(String title) {
    String base = VietnameseText.slug(title);
    if (base.isEmpty()) {
      base = "van-ban";
    }
    if (base.length() > 150) {
      base = base.substring(0, 150).replaceAll("-+$", "");
    }
    String slug = base;
    for (int i = 2; documents.existsBySlug(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }
}
