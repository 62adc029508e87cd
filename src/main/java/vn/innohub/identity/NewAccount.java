package vn.innohub.identity;

import java.util.Set;

/** What an administrator (or the demo loader) gives to open an account. */
public record NewAccount(String username, String displayName, String email, String password, Set<Role> roles,
    Set<Long> unitIds) {}
