package vn.innohub.directory.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.innohub.directory.ProfileData;

/** What a member changed against the published copy, field by field, for ADMIN's review. */
public final class ProfileDiff {

  /** One changed field: its name (a message key suffix), the published and the proposed value as text. */
  public record Change(String field, String before, String after) {}

  private ProfileDiff() {}

  static List<Change> between(ProfileData before, ProfileData after) {
    List<Change> changes = new ArrayList<>();
    compare(ProfileData.class, before, after, changes);
    return changes;
  }

  /** Field by field; a kind's details (an unwrapped group) are compared by their own fields. */
  private static void compare(Class<?> type, Object before, Object after, List<Change> changes) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
        compare(c.getType(), before == null ? null : value(c, before), value(c, after), changes);
        continue;
      }
      String was = before == null ? "" : text(value(c, before));
      String now = text(value(c, after));
      if (!Objects.equals(was, now)) {
        changes.add(new Change(c.getName(), was, now));
      }
    }
  }

  private static Object value(RecordComponent c, Object data) {
    try {
      return c.getAccessor().invoke(data);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(ProfileDiff::text).collect(Collectors.joining("; "));
    }
    if (value instanceof Record r) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          Object v = c.getAccessor().invoke(r);
          if (v != null && !"".equals(v)) {
            parts.add(c.getName() + "=" + text(v));
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return String.join(", ", parts);
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }
}
