package vn.innohub.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.innohub.shared.DomainException;

/** Resolves user-facing messages in Vietnamese (default) or English. */
@Component
public class Messages {

  public static final Locale VI = Locale.forLanguageTag("vi");
  public static final Locale EN = Locale.ENGLISH;

  private final MessageSource source;

  public Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String code, Object... args) {
    return get(LocaleContextHolder.getLocale(), code, args);
  }

  public String get(Locale locale, String code, Object... args) {
    return source.getMessage(code, args, code, locale);
  }

  public String of(DomainException e) {
    return get(e.code(), e.args());
  }

  /**
   * The message of a refusal, for the page the user acted on (a flash or a form's error line). A missing object is
   * not a refusal to explain there: it is rethrown, so the error page answers 404.
   */
  public String refusal(DomainException e) {
    if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
      throw e;
    }
    return of(e);
  }

  public String of(Locale locale, DomainException e) {
    return get(locale, e.code(), e.args());
  }
}
