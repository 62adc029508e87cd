package vn.innohub.portal.library.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PolicyAttachmentRepository extends JpaRepository<PolicyAttachment, Long> {

  /** The files of these documents, without their text. */
  @Query("""
      select new vn.innohub.portal.library.internal.FileInfo(a.id, a.document.id, a.fileName, a.contentType,
          a.sizeBytes, a.sha256, a.uploadedAt)
      from PolicyAttachment a where a.document.id in :ids order by a.id""")
  List<FileInfo> infoFor(@Param("ids") Collection<Long> documentIds);

  /** One document's files with their text, to quote a passage. */
  @Query("select a from PolicyAttachment a where a.document.id = :id order by a.id")
  List<PolicyAttachment> withText(@Param("id") long documentId);
}
