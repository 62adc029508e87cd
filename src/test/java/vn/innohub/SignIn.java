package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in through the real form and session store, as a browser does: the answer is the session cookie. */
public final class SignIn {

  private SignIn() {}

  public static Cookie as(MockMvc mvc, String username, String password, String clientAddress) throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/login").with(csrf()).with(from(clientAddress))
        .param("username", username).param("password", password)).andReturn().getResponse();
    assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
    Cookie session = response.getCookie("SESSION");
    assertThat(session).as("session cookie").isNotNull();
    return session;
  }

  /** The request comes from this client address. */
  public static RequestPostProcessor from(String clientAddress) {
    return request -> {
      request.setRemoteAddr(clientAddress);
      return request;
    };
  }
}
