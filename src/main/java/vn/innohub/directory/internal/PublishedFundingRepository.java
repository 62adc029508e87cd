package vn.innohub.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublishedFundingRepository extends JpaRepository<PublishedFunding, Long> {

  List<PublishedFunding> findByProfileId(long profileId);

  @Query("select year(f.roundDate), sum(f.amountVnd) from PublishedFunding f group by year(f.roundDate) order by 1")
  List<Object[]> byYear();

  @Query("select count(distinct f.profileId) from PublishedFunding f")
  long profilesThatRaised();
}
