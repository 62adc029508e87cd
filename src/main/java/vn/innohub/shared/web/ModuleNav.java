package vn.innohub.shared.web;

import java.util.List;

/**
 * The menu links one module contributes ({@code <module>.web.<Module>Nav}); {@link Menus} gathers every module's
 * entries and the layout shows each viewer those they may see.
 */
public interface ModuleNav {

  /** This module's links, in any order. */
  List<NavEntry> entries();
}
