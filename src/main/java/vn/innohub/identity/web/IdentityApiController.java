package vn.innohub.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.identity.internal.AccountService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The caller and the accounts of the platform")
class IdentityApiController {

  private final CurrentUser currentUser;
  private final AccountService accounts;

  IdentityApiController(CurrentUser currentUser, AccountService accounts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
  }

  @GetMapping("/me")
  @Operation(summary = "The caller: roles and the units they act for")
  Actor me() {
    return currentUser.require();
  }

  @GetMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Every account (ADMIN)")
  List<AccountView> users() {
    return accounts.list();
  }
}
