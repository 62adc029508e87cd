package vn.innohub.org.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import vn.innohub.org.CollectiveSummary;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;

/**
 * The shipped data, without a database: the demo province's units (demo/units.csv) and the collective names
 * of the Flyway migration — so the resolver is tested on exactly what users get.
 */
public final class DemoProvince {

  public final List<UnitSummary> units = new ArrayList<>();
  final List<CollectiveSummary> collectives = new ArrayList<>();
  final Map<String, Long> idByCode = new HashMap<>();

  public DemoProvince() {
    try {
      String csv = new ClassPathResource("demo/units.csv").getContentAsString(StandardCharsets.UTF_8);
      long id = 1;
      for (String line : csv.split("\n")) {
        if (line.isBlank() || line.startsWith("code;")) {
          continue;
        }
        String[] c = line.split(";", -1);
        List<String> aliases = c[2].isBlank() ? List.of() : Arrays.asList(c[2].split("\\|"));
        idByCode.put(c[0], id);
        units.add(new UnitSummary(id++, c[0], c[1], aliases, UnitType.valueOf(c[3]), null, true));
      }
      String sql = new ClassPathResource("db/migration/V6__collective_names.sql").getContentAsString(StandardCharsets.UTF_8);
      Map<String, List<String>> variants = new LinkedHashMap<>();
      Map<String, Set<UnitType>> types = new HashMap<>();
      Matcher phrase = Pattern.compile("INSERT INTO org_collective \\(phrase, version\\) VALUES \\('(.*?)', 0\\);").matcher(sql);
      while (phrase.find()) {
        variants.put(phrase.group(1), new ArrayList<>());
        types.put(phrase.group(1), EnumSet.noneOf(UnitType.class));
      }
      Matcher variant = Pattern.compile("SELECT id, \\d+, '(.*?)' FROM org_collective WHERE phrase = '(.*?)';").matcher(sql);
      while (variant.find()) {
        variants.get(variant.group(2)).add(variant.group(1));
      }
      Matcher type = Pattern.compile("SELECT id, '([A-Z_]+)' FROM org_collective WHERE phrase = '(.*?)';").matcher(sql);
      while (type.find()) {
        types.get(type.group(2)).add(UnitType.valueOf(type.group(1)));
      }
      long cid = 1;
      for (Map.Entry<String, List<String>> e : variants.entrySet()) {
        collectives.add(new CollectiveSummary(cid++, e.getKey(), e.getValue(), types.get(e.getKey()), Set.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public AgencyResolver resolver() {
    return new AgencyResolver(units, collectives);
  }

  public long id(String code) {
    Long id = idByCode.get(code);
    if (id == null) {
      throw new IllegalArgumentException("no unit " + code + " in demo/units.csv");
    }
    return id;
  }

  public long count(UnitType... kinds) {
    Set<UnitType> wanted = EnumSet.copyOf(Arrays.asList(kinds));
    return units.stream().filter(u -> wanted.contains(u.type())).count();
  }
}
