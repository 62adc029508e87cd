package vn.innohub.identity.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.innohub.identity.Actor;

/** A provincial SSO (OpenID Connect) login, bound to the local account that carries roles and units. */
final class LocalOidcUser extends DefaultOidcUser {

  private final Actor actor;

  LocalOidcUser(OidcUser sso, SignedInUser local) {
    super(local.getAuthorities(), sso.getIdToken(), sso.getUserInfo());
    this.actor = local.actor();
  }

  Actor actor() {
    return actor;
  }

  @Override
  public String getName() {
    return actor.username();
  }
}
