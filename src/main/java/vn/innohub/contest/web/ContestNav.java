package vn.innohub.contest.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The contests' links: public contests, a member's applications, a judge's queue, administration. */
@Component
class ContestNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(50, "contestsLink", "nav.contests", "/cuoc-thi", Audience.anyone()),
        NavEntry.mine(20, "myContestsLink", "contest.mine", "/me/contests", Audience.roles("MEMBER")),
        NavEntry.mine(30, "judgeLink", "contest.judgeQueue", "/judge/contests", Audience.roles("JUDGE")),
        NavEntry.admin(60, "contestsAdminLink", "nav.contests", "/admin/contests"));
  }
}
