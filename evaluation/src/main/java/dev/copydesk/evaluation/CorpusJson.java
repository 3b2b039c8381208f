package dev.copydesk.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Reads the corpus JSON files with Jackson into plain values (objects become maps, arrays lists) and
 * gives them the types the sections expect. Thread-safe.
 */
final class CorpusJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CorpusJson() {}

  static Object parse(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }
}
