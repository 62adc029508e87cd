package vn.innohub.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.jobs.StartupLock;

/**
 * On first start opens the "admin" account with INNOHUB_ADMIN_PASSWORD, or with a random password
 * printed once in the log. Nodes starting together on an empty database take turns ({@link StartupLock}), and
 * a node that still loses the insert race to another one accepts that node's account instead of failing to start.
 */
@Component
@Order(0)
@org.springframework.context.annotation.Profile("!cli")
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final AccountService accounts;
  private final UserAccountRepository users;
  private final IdentityProperties properties;
  private final StartupLock startup;

  AdminBootstrap(AccountService accounts, UserAccountRepository users, IdentityProperties properties,
      StartupLock startup) {
    this.accounts = accounts;
    this.users = users;
    this.properties = properties;
    this.startup = startup;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    startup.run("admin", this::createAdminIfAbsent);
  }

  void createAdminIfAbsent() {
    if (users.existsByUsernameIgnoreCase("admin")) {
      return;
    }
    String password = properties.adminPassword();
    boolean generated = password == null || password.isBlank();
    if (generated) {
      byte[] random = new byte[15];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    try {
      accounts.create(new NewAccount("admin", "Quản trị hệ thống", null, password, Set.of(Role.ADMIN), Set.of()));
    } catch (DomainException | DataIntegrityViolationException e) {
      if (users.existsByUsernameIgnoreCase("admin")) {
        log.info("Account 'admin' was created by another node starting at the same time");
        return;
      }
      throw e;
    }
    if (generated) {
      log.warn("\n\n  Created account 'admin' with password: {}\n  Set INNOHUB_ADMIN_PASSWORD to choose it; "
          + "this password is not shown again.\n", password);
    } else {
      log.info("Created account 'admin' with the password from INNOHUB_ADMIN_PASSWORD");
    }
  }
}
