package vn.innohub.shared.web;

import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * One link a module puts in the site's menus: which menu, where in it, the message key of its label, where it goes
 * and who sees it. The layout shows a viewer only the entries their sign-in admits, and a menu with none is not shown.
 *
 * @param menu the menu the link sits in
 * @param order its place in that menu, smaller first
 * @param id the element id pages and tests find the link by, or {@code null}
 * @param labelKey message key of the link's text
 * @param href the path, without the context path
 * @param audience who sees the link
 * @param badge name of a model attribute holding a count shown beside the link when above zero, or {@code null}
 */
public record NavEntry(Menu menu, int order, String id, String labelKey, String href, Audience audience,
    String badge) {

  /** The site's menus. */
  public enum Menu {
    /** The main bar: portal sections and the work areas. */
    MAIN,
    /** The administrators' drop-down. */
    ADMIN,
    /** The signed-in user's own links, beside their name. */
    MINE
  }

  public NavEntry {
    Objects.requireNonNull(menu, "menu");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(audience, "audience");
  }

  /** A link in the main bar. */
  public static NavEntry main(int order, String id, String labelKey, String href, Audience audience) {
    return new NavEntry(Menu.MAIN, order, id, labelKey, href, audience, null);
  }

  /** A link in the administrators' menu, seen by administrators only. */
  public static NavEntry admin(int order, String id, String labelKey, String href) {
    return new NavEntry(Menu.ADMIN, order, id, labelKey, href, Audience.roles("ADMIN"), null);
  }

  /** One of a signed-in user's own links. */
  public static NavEntry mine(int order, String id, String labelKey, String href, Audience audience) {
    return new NavEntry(Menu.MINE, order, id, labelKey, href, audience, null);
  }

  /** The same link with a count beside it, read from the named model attribute. */
  public NavEntry withBadge(String modelAttribute) {
    return new NavEntry(menu, order, id, labelKey, href, audience, modelAttribute);
  }

  /** Who sees a link: everyone, anyone signed in, or holders of one of some roles. */
  public record Audience(boolean needsSignIn, Set<String> anyOfRoles) {

    public Audience {
      anyOfRoles = Set.copyOf(anyOfRoles);
    }

    /** Every visitor, signed in or not. */
    public static Audience anyone() {
      return new Audience(false, Set.of());
    }

    /** Anyone signed in. */
    public static Audience signedIn() {
      return new Audience(true, Set.of());
    }

    /** Holders of at least one of these roles (names without the {@code ROLE_} prefix). */
    public static Audience roles(String... roles) {
      if (roles.length == 0) {
        throw new IllegalArgumentException("name at least one role");
      }
      return new Audience(true, Set.of(roles));
    }

    /** Whether this sign-in (or its absence, {@code null}) sees the link. */
    public boolean admits(Authentication viewer) {
      boolean signed = viewer != null && viewer.isAuthenticated()
          && !(viewer instanceof AnonymousAuthenticationToken);
      if (!needsSignIn) {
        return true;
      }
      if (!signed) {
        return false;
      }
      return anyOfRoles.isEmpty() || viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .anyMatch(a -> a.startsWith("ROLE_") && anyOfRoles.contains(a.substring(5)));
    }
  }
}
