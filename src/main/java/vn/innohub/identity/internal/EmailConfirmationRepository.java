package vn.innohub.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailConfirmationRepository extends JpaRepository<EmailConfirmation, Long> {

  Optional<EmailConfirmation> findByTokenHash(String tokenHash);
}
