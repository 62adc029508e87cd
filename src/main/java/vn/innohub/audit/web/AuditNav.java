package vn.innohub.audit.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The audit trail's administration link. */
@Component
class AuditNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.admin(90, "auditAdminLink", "nav.audit", "/admin/audit"));
  }
}
