package vn.innohub.shared.web;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first: pages are in Vietnamese until the visitor switches (?lang=en, remembered in a cookie) —
 * many officers' browsers announce English, so the browser's Accept-Language is not followed for pages.
 * API clients get English when they send Accept-Language: en.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
public class WebConfig implements WebMvcConfigurer {

  private final int maxPage;
  private final int maxSize;

  WebConfig(@org.springframework.beans.factory.annotation.Value("${innohub.paging.max-page:10000}") int maxPage,
      @org.springframework.beans.factory.annotation.Value("${innohub.paging.max-size:1000}") int maxSize) {
    this.maxPage = maxPage;
    this.maxSize = maxSize;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("innohub-lang");
    resolver.setDefaultLocaleFunction(request -> {
      String accept = request.getHeader("Accept-Language");
      boolean api = request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator/");
      return api && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.EN : Messages.VI;
    });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(new Paging(maxPage, maxSize));
  }

  /**
   * No resource-URL rewriting of links: with a webjars locator on the classpath Boot adds a filter that looks up every
   * link of every page as a static resource (the "/**" pattern matches all), which cost ~0.4 ms per link — 280 ms on
   * a dashboard with 700 links. Webjar URLs are written without versions and resolved when served, so nothing needs it.
   */
  @org.springframework.context.annotation.Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
      resourceUrlEncodingFilterOff() {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
        new org.springframework.web.servlet.resource.ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
