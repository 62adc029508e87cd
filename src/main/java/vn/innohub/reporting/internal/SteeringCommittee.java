package vn.innohub.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;

/**
 * Ban Chỉ đạo: the accounts ADMIN names as members of the steering committee, who receive the delay warning. While
 * nobody is named, the warning goes to every LEADER, as before; administrators are always copied.
 */
@Service
public class SteeringCommittee {

  private final SteeringCommitteeRepository members;
  private final Accounts accounts;
  private final Clock clock;

  SteeringCommittee(SteeringCommitteeRepository members, Accounts accounts, Clock clock) {
    this.members = members;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The named members (enabled or not), by display name. */
  @Transactional(readOnly = true)
  public List<AccountView> members() {
    Set<Long> ids = members.findAll().stream().map(SteeringCommitteeMember::getUserId).collect(Collectors.toSet());
    return accounts.list().stream().filter(a -> ids.contains(a.id()))
        .sorted(java.util.Comparator.comparing(AccountView::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** Who the warning goes to: the enabled named members, or every LEADER when none is named; then the ADMINs. */
  @Transactional(readOnly = true)
  public List<AccountView> recipients() {
    List<AccountView> named = members().stream().filter(AccountView::enabled).toList();
    List<AccountView> to = new ArrayList<>(named.isEmpty() ? accounts.withRole(Role.LEADER) : named);
    accounts.withRole(Role.ADMIN).stream().filter(a -> to.stream().noneMatch(x -> x.id() == a.id())).forEach(to::add);
    return to;
  }

  /** Whether the committee is named (false: the warning falls back to every LEADER). */
  @Transactional(readOnly = true)
  public boolean named() {
    return members().stream().anyMatch(AccountView::enabled);
  }

  @Transactional
  public void add(String username, String by) {
    AccountView account = accounts.findByUsername(username == null ? "" : username.strip())
        .orElseThrow(() -> DomainException.invalid("reporting.steering.unknownAccount"));
    if (!members.existsById(account.id())) {
      members.save(new SteeringCommitteeMember(account.id(), clock.instant(), by));
    }
  }

  @Transactional
  public void remove(long userId) {
    members.deleteById(userId);
  }
}
