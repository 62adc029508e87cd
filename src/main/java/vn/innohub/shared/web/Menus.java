package vn.innohub.shared.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The site's menus, built from every module's {@link ModuleNav}. Templates read it as {@code @menus}: the layout asks
 * for the entries of a menu the current viewer may see, so a visitor never meets an empty or forbidden menu.
 */
@Component("menus")
public class Menus {

  private final Map<NavEntry.Menu, List<NavEntry>> entries;

  public Menus(List<ModuleNav> modules) {
    Map<String, Long> ids = modules.stream().flatMap(m -> m.entries().stream()).map(NavEntry::id)
        .filter(java.util.Objects::nonNull).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    ids.forEach((id, count) -> {
      if (count > 1) {
        throw new IllegalStateException("Two menu entries have the id " + id);
      }
    });
    Map<NavEntry.Menu, List<NavEntry>> byMenu = modules.stream().flatMap(m -> m.entries().stream())
        .sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::href))
        .collect(Collectors.groupingBy(NavEntry::menu, () -> new EnumMap<>(NavEntry.Menu.class),
            Collectors.toUnmodifiableList()));
    this.entries = byMenu;
  }

  /** The entries of the named menu ({@code MAIN}, {@code ADMIN}, {@code MINE}) the current viewer may see. */
  public List<NavEntry> visible(String menu) {
    return visible(NavEntry.Menu.valueOf(menu), SecurityContextHolder.getContext().getAuthentication());
  }

  /** The entries of a menu this viewer ({@code null}: nobody signed in) may see, in order. */
  public List<NavEntry> visible(NavEntry.Menu menu, Authentication viewer) {
    return entries.getOrDefault(menu, List.of()).stream().filter(e -> e.audience().admits(viewer)).toList();
  }

  /** Every entry of a menu, whoever sees it. */
  public List<NavEntry> all(NavEntry.Menu menu) {
    return entries.getOrDefault(menu, List.of());
  }
}
