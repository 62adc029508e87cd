package vn.innohub.org.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.innohub.org.CollectiveSummary;
import vn.innohub.org.UnitType;
import vn.innohub.shared.text.VietnameseText;

/** Tên gọi chung: a collective name in plans ("UBND các xã, phường") and the units it stands for. */
@Entity
@Table(name = "org_collective")
public class CollectiveName {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String phrase;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_collective_variant", joinColumns = @JoinColumn(name = "collective_id"))
  @OrderColumn(name = "position")
  @Column(name = "variant", length = 300)
  private List<String> variants = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_collective_type", joinColumns = @JoinColumn(name = "collective_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type", length = 30)
  private Set<UnitType> types = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_collective_unit", joinColumns = @JoinColumn(name = "collective_id"))
  @Column(name = "unit_id")
  private Set<Long> unitIds = new HashSet<>();

  @Version
  private long version;

  protected CollectiveName() {}

  public CollectiveName(String phrase, List<String> variants, Set<UnitType> types, Set<Long> unitIds) {
    change(phrase, variants, types, unitIds);
  }

  public final void change(String newPhrase, List<String> newVariants, Set<UnitType> newTypes, Set<Long> newUnitIds) {
    this.phrase = VietnameseText.tidy(newPhrase);
    variants.clear();
    Set<String> seen = new HashSet<>();
    seen.add(VietnameseText.fold(phrase));
    for (String v : newVariants == null ? List.<String>of() : newVariants) {
      String tidy = VietnameseText.tidy(v);
      if (!tidy.isEmpty() && seen.add(VietnameseText.fold(tidy))) {
        variants.add(tidy);
      }
    }
    types.clear();
    if (newTypes != null) {
      types.addAll(newTypes);
    }
    unitIds.clear();
    if (newUnitIds != null) {
      unitIds.addAll(newUnitIds);
    }
  }

  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(phrase);
    all.addAll(variants);
    return all;
  }

  public CollectiveSummary summary() {
    return new CollectiveSummary(id, phrase, variants, types, unitIds);
  }

  public Long getId() {
    return id;
  }

  public String getPhrase() {
    return phrase;
  }

  public long getVersion() {
    return version;
  }
}
