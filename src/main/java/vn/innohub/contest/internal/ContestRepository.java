package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface ContestRepository extends JpaRepository<Contest, Long> {
  Optional<Contest> findBySlug(String slug);

  boolean existsBySlug(String slug);

  List<Contest> findAllByOrderByCreatedAtDesc();

  List<Contest> findByAnnouncedTrueOrderByIntakeEndDesc();

  long countByResultsPublishedAtIsNotNull();
}
