package vn.innohub.identity;

import java.util.List;
import java.util.Optional;

/** Tài khoản: opening, changing and listing accounts. */
public interface Accounts {

  AccountView create(NewAccount account);

  Optional<AccountView> findByUsername(String username);

  List<AccountView> list();

  long count();
}
