package vn.innohub.audit.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user's name, "anonymous", or "system" for jobs and start-up. */
final class CurrentActor {

  private CurrentActor() {}

  static String name() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return "system";
    }
    if (auth instanceof AnonymousAuthenticationToken) {
      return "anonymous";
    }
    return auth.getName();
  }
}
