package vn.innohub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import vn.innohub.IntegrationTest;

/** Two requests of one session that add the same new attribute both succeed: the later value wins. */
@IntegrationTest
class SessionAttributeRaceTests {

  @SuppressWarnings("rawtypes")
  @Autowired FindByIndexNameSessionRepository<? extends Session> store;

  @SuppressWarnings("unchecked")
  private FindByIndexNameSessionRepository<Session> sessions() {
    return (FindByIndexNameSessionRepository<Session>) store;
  }

  @Test
  void twoCopiesOfASessionAddingTheSameAttributeDoNotCollide() {
    FindByIndexNameSessionRepository<Session> sessions = sessions();
    Session created = sessions.createSession();
    created.setAttribute("first", "x");
    sessions.save(created);
    // Two requests load the session before either has written: both see no flash message and both add one.
    Session a = sessions.findById(created.getId());
    Session b = sessions.findById(created.getId());
    a.setAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS", "thông báo A");
    b.setAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS", "thông báo B");
    sessions.save(a);
    assertThatCode(() -> sessions.save(b)).doesNotThrowAnyException();
    assertThat((String) sessions.findById(created.getId())
        .getAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS"))
        .isEqualTo("thông báo B");
  }
}
