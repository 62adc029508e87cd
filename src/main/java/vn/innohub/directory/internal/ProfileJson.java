package vn.innohub.directory.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.innohub.directory.ProfileData;

/** Profile facts as the JSON documents stored in the draft and published columns. */
final class ProfileJson {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ProfileJson() {}

  static String write(ProfileData data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ProfileData read(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, ProfileData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable profile document", e);
    }
  }
}
