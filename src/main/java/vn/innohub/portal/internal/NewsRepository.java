package vn.innohub.portal.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsRepository extends JpaRepository<NewsArticle, Long> {

  Optional<NewsArticle> findBySlug(String slug);

  boolean existsBySlug(String slug);

  @Query("select n from NewsArticle n where n.published = true order by n.publishedAt desc, n.id desc")
  Page<NewsArticle> published(Pageable page);

  @Query("select n from NewsArticle n order by n.updatedAt desc")
  List<NewsArticle> all();
}
