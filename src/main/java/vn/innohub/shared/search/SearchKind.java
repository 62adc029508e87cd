package vn.innohub.shared.search;

import java.util.Objects;

/**
 * One kind of item the site search finds, declared by the module that indexes it: the value its entities write into
 * the {@code kindFacet} field, where the kind sits among the facets, the message key of its label, the page that
 * lists all items of the kind, and whether the profile facets (sector, stage, commune) apply to it.
 *
 * @param name the {@code kindFacet} value, e.g. {@code STARTUP}
 * @param order its place among the kinds, smaller first
 * @param labelKey message key of the kind's name
 * @param listPath the public page listing every item of this kind
 * @param profileFacets whether sector, stage and commune are counted once this kind is chosen
 */
public record SearchKind(String name, int order, String labelKey, String listPath, boolean profileFacets) {

  public SearchKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(listPath, "listPath");
  }
}
