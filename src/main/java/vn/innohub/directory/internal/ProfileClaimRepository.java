package vn.innohub.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileClaimRepository extends JpaRepository<ProfileClaim, Long> {

  List<ProfileClaim> findByStatusOrderByCreatedAtAsc(ProfileClaim.Status status);

  List<ProfileClaim> findByProfileIdAndStatus(long profileId, ProfileClaim.Status status);

  List<ProfileClaim> findByUserIdOrderByCreatedAtDesc(long userId);

  java.util.Optional<ProfileClaim> findFirstByProfileIdAndUserIdAndStatusOrderByIdAsc(long profileId, long userId,
      ProfileClaim.Status status);

  boolean existsByProfileIdAndUserIdAndStatus(long profileId, long userId, ProfileClaim.Status status);
}
