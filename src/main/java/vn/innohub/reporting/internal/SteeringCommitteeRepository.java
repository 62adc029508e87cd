package vn.innohub.reporting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringCommitteeRepository extends JpaRepository<SteeringCommitteeMember, Long> {}
