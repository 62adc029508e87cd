package vn.innohub.identity.internal;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;

@Component
class CurrentUserService implements CurrentUser {

  @Override
  public Optional<Actor> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    if (auth.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user.actor());
    }
    if (auth.getPrincipal() instanceof LocalOidcUser oidc) {
      return Optional.of(oidc.actor());
    }
    return Optional.empty();
  }

  @Override
  public Actor require() {
    return get().orElseThrow(() -> new AccessDeniedException("sign-in required"));
  }
}
