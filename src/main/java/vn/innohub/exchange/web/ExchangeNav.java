package vn.innohub.exchange.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The exchange's links: public listings, a member's listings, moderation. */
@Component
class ExchangeNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(60, "exchangeLink", "nav.exchangeMenu", "/cong-nghe", Audience.anyone()),
        NavEntry.mine(50, "myListingsLink", "exchange.mine", "/me/listings", Audience.roles("MEMBER")),
        NavEntry.admin(40, "exchangeAdminLink", "nav.exchangeMenu", "/admin/exchange"));
  }
}
