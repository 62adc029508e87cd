package vn.innohub.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsernameIgnoreCase(String username);

  Optional<UserAccount> findFirstByEmailIgnoreCase(String email);

  Optional<UserAccount> findByEmailKey(String emailKey);

  boolean existsByUsernameIgnoreCase(String username);
}
