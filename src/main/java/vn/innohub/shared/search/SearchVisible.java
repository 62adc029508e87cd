package vn.innohub.shared.search;

/** Something the public may find through search once it is published (a verified profile, a published article …). */
public interface SearchVisible {

  boolean isVisible();
}
