package vn.innohub.identity.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.innohub.identity.Actor;

/** A provincial SSO (OpenID Connect) login, bound to the local account that carries roles and units. */
final class LocalOidcUser extends DefaultOidcUser {

  private final SignedInUser local;

  LocalOidcUser(OidcUser sso, SignedInUser local) {
    super(local.getAuthorities(), sso.getIdToken(), sso.getUserInfo());
    this.local = local;
  }

  Actor actor() {
    return local.actor();
  }

  SignedInUser local() {
    return local;
  }

  @Override
  public String getName() {
    return local.getUsername();
  }
}
