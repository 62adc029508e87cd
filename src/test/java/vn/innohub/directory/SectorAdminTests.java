package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditTrail;
import vn.innohub.directory.internal.Sectors;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;

/** The managed list of sectors: ADMIN adds and renames; bad input keeps what was typed; the lists follow at once. */
@IntegrationTest
class SectorAdminTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Directory directory;
  @Autowired Sectors sectors;
  @Autowired AuditTrail audit;

  private final String code = "thu-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void adminAddsARenamesASectorAndEveryListShowsItAtOnce() throws Exception {
    var admin = user(users.loadUserByUsername("admin"));
    assertThat(directory.sectorNames(Locale.forLanguageTag("vi"))).doesNotContainKey(code);
    mvc.perform(post("/admin/directory/sectors").with(admin).with(csrf()).param("code", code)
        .param("nameVi", "Công nghệ sinh học").param("nameEn", "Biotechnology").param("sort", "50"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/directory/sectors"));
    assertThat(directory.sectorNames(Locale.forLanguageTag("vi"))).containsEntry(code, "Công nghệ sinh học");
    assertThat(directory.sectorNames(Locale.ENGLISH)).containsEntry(code, "Biotechnology");

    mvc.perform(post("/admin/directory/sectors/" + code).with(admin).with(csrf())
        .param("nameVi", "Công nghệ sinh học, y sinh").param("nameEn", "Biotech and biomedicine").param("sort", "51"))
        .andExpect(status().is3xxRedirection());
    assertThat(directory.sectorNames(Locale.forLanguageTag("vi"))).containsEntry(code, "Công nghệ sinh học, y sinh");
    String page = mvc.perform(get("/admin/directory/sectors").with(admin)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("sector-" + code).contains("Biotech and biomedicine")
        .as("each row's inputs belong to its own form").contains("form=\"f-" + code + "\"");
    // Both writes are in the audit trail, against the sector.
    assertThat(audit.search(new AuditQuery(null, null, null, code, null, null),
        org.springframework.data.domain.PageRequest.of(0, 10)).getContent()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWhatWasTypedStays() throws Exception {
    var admin = user(users.loadUserByUsername("admin"));
    String page = mvc.perform(post("/admin/directory/sectors").with(admin).with(csrf()).param("code", "Nông Nghiệp!")
        .param("nameVi", "Nông nghiệp hữu cơ <b>mới</b>").param("nameEn", " ").param("sort", "-3"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"sectorErrors\"").contains("value=\"Nông Nghiệp!\"")
        .contains("value=\"Nông nghiệp hữu cơ &lt;b&gt;mới&lt;/b&gt;\"").contains("value=\"-3\"");
    assertThat(directory.sectorNames(Locale.forLanguageTag("vi"))).doesNotContainValue("Nông nghiệp hữu cơ <b>mới</b>");

    assertThatThrownBy(() -> sectors.add("digital", "Trùng mã", "Duplicate", "1", admin()))
        .isInstanceOfSatisfying(Sectors.Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("code"));
    String before = directory.sectorNames(Locale.forLanguageTag("vi")).get("digital");
    assertThatThrownBy(() -> sectors.update("digital", "", "Digital", "abc", admin()))
        .isInstanceOfSatisfying(Sectors.Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("nameVi", "sort"));
    assertThat(directory.sectorNames(Locale.forLanguageTag("vi"))).as("nothing saved").containsEntry("digital", before);
    assertThatThrownBy(() -> sectors.add(code, "Tên", "Name", "1",
        new Actor(0, "member", "member", Set.of(Role.MEMBER), Set.of())))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
  }

  private static Actor admin() {
    return new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  }
}
