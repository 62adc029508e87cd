package vn.innohub.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The SSO providers configured (spring.security.oauth2.client.registration.*), for buttons on the login page. */
@Component
class OidcLinks {

  /** One provider button. */
  record Provider(String name, String url) {}

  private final ObjectProvider<ClientRegistrationRepository> repository;

  OidcLinks(ObjectProvider<ClientRegistrationRepository> repository) {
    this.repository = repository;
  }

  List<Provider> providers() {
    List<Provider> out = new ArrayList<>();
    if (repository.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
      for (ClientRegistration r : registrations) {
        out.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
      }
    }
    return out;
  }
}
