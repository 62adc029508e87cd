package vn.innohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;
import vn.innohub.shared.stats.LiveStatistics;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;

/**
 * The message bundles under {@code src/main/resources/i18n} against the templates and classes that use them: every
 * key in both languages, in one bundle only, used somewhere, and every key a page or class asks for defined. Reads
 * the source files; no Spring context.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path JAVA = Path.of("src/main/java");

  /**
   * Keys built at run time, {@code 'prefix.' + ${value}} in a template or {@code "prefix." + value} in a class, with
   * the closed set the value comes from. A prefix found in the sources but missing here fails, and so does an entry
   * no source uses any more. Classes are named, not imported: the sets belong to other modules, often internal.
   */
  private static final Map<String, Supplier<Set<String>>> DYNAMIC = new TreeMap<>(Map.ofEntries(
      Map.entry("aggregation.", () -> enumNames("vn.innohub.plan.Aggregation")),
      Map.entry("check.", () -> checklistCriteria()),
      Map.entry("contest.error.age.", () -> ageBasedGroups()),
      Map.entry("contest.group.", () -> enumNames("vn.innohub.contest.internal.ContestSpec$EligibleGroup")),
      Map.entry("contest.round.", () -> enumNames("vn.innohub.contest.internal.ContestSpec$RoundKind")),
      Map.entry("contest.status.", () -> enumNames("vn.innohub.contest.internal.ContestApplication$Status")),
      Map.entry("contest.support.", () -> enumNames("vn.innohub.contest.internal.Support$Kind")),
      Map.entry("dashboard.light.", () -> enumNames("vn.innohub.dashboard.Light")),
      Map.entry("directory.claim.status.", () -> enumNames("vn.innohub.directory.internal.ProfileClaim$Status")),
      Map.entry("directory.new.", () -> enumNames("vn.innohub.directory.ProfileKind")),
      // the fields the sector form validates (directory's Sectors puts its problems under these names)
      Map.entry("directory.sector.field.", () -> Set.of("code", "nameVi", "nameEn", "sort")),
      // the inline list th:each="m : ${ {'budgetMinVnd','budgetMaxVnd'} }" of exchange/listing-edit.html
      Map.entry("exchange.", () -> Set.of("budgetMinVnd", "budgetMaxVnd")),
      Map.entry("exchange.category.", () -> enumNames("vn.innohub.exchange.ListingCategory")),
      Map.entry("exchange.connection.", () -> enumNames("vn.innohub.exchange.ConnectionStatus")),
      // the inline lists {'name','venue'} and {'slotMinutes','slots'} of exchange/admin-fairs.html
      Map.entry("exchange.fair.", () -> Set.of("name", "venue", "slotMinutes", "slots")),
      Map.entry("exchange.ip.", () -> enumNames("vn.innohub.exchange.IpStatus")),
      Map.entry("exchange.mode.", () -> enumNames("vn.innohub.exchange.TransferMode")),
      Map.entry("exchange.new", () -> enumNames("vn.innohub.exchange.ListingKind")),
      Map.entry("exchange.outcome.", () -> enumNames("vn.innohub.exchange.Outcome")),
      Map.entry("exchange.status.", () -> enumNames("vn.innohub.exchange.ListingStatus")),
      // the review diff names each changed component of the profile's data
      Map.entry("field.", () -> recordComponents("vn.innohub.directory.ProfileData")),
      Map.entry("flag.", () -> enumNames("vn.innohub.plan.importing.ParsedPlan$Flag")),
      Map.entry("identity.confirm.", () -> lowerCase(enumNames("vn.innohub.identity.internal.EmailConfirmations$Outcome"))),
      // the reasons identity ends a session with (AccountService.endSessions, SessionGuard.ended)
      Map.entry("identity.session.ended.",
          () -> Set.of("disabled", "rights-changed", "password-reset", "password-changed", "changed")),
      Map.entry("investorType.", () -> enumNames("vn.innohub.directory.ProfileData$InvestorType")),
      Map.entry("ipType.", () -> enumNames("vn.innohub.directory.ProfileData$IpType")),
      Map.entry("library.status.", () -> enumNames("vn.innohub.portal.library.DocumentStatus")),
      Map.entry("library.type.", () -> enumNames("vn.innohub.portal.library.DocumentType")),
      Map.entry("plan.status.", () -> enumNames("vn.innohub.plan.PlanStatus")),
      Map.entry("portal.registration.status.", () -> enumNames("vn.innohub.portal.internal.EventRegistration$Shown")),
      Map.entry("problem.title.", () -> errorStatusesAnswered()),
      Map.entry("profileKind.", () -> enumNames("vn.innohub.directory.ProfileKind")),
      Map.entry("profileStatus.", () -> enumNames("vn.innohub.directory.ProfileStatus")),
      Map.entry("reportStatus.", () -> enumNames("vn.innohub.reporting.ReportStatus")),
      Map.entry("reporting.period.status.", () -> enumNames("vn.innohub.reporting.PeriodStatus")),
      Map.entry("resolution.", () -> enumNames("vn.innohub.org.AgencyResolution$Kind")),
      Map.entry("role.", () -> enumNames("vn.innohub.identity.Role")),
      Map.entry("roundType.", () -> enumNames("vn.innohub.directory.ProfileData$RoundType")),
      // the facets the search page shows, in SearchController's order
      Map.entry("search.facet.", () -> Set.of("kind", "sector", "stage", "commune")),
      Map.entry("search.kind.", () -> enumNames("vn.innohub.exchange.ListingKind")),
      Map.entry("stage.", () -> enumNames("vn.innohub.directory.ProfileData$Stage")),
      Map.entry("statistic.", () -> liveStatisticKeys()),
      Map.entry("supportType.", () -> enumNames("vn.innohub.directory.ProfileData$SupportType")),
      Map.entry("targetMethod.", () -> enumNames("vn.innohub.plan.TargetMethod")),
      Map.entry("taskStatus.", () -> enumNames("vn.innohub.reporting.TaskStatus")),
      Map.entry("unitType.", () -> enumNames("vn.innohub.org.UnitType")),
      Map.entry("upload.tooComplex.", () -> fieldOfEach("vn.innohub.shared.files.FileTooComplex$Limit", "key"))));

  /**
   * Strings in classes that look like message keys but name something else: rate-limit buckets (identity's login
   * throttle, contest votes, event registrations), the kinds of contest's notices, and Spring's binding-result
   * attribute prefix.
   */
  private static final Set<String> NOT_MESSAGES = Set.of("login.address", "login.fail.account", "login.fail.address",
      "login.fail.pair", "contest.vote.address", "contest.vote.contest", "portal.registration.client",
      "portal.registration.email", "portal.registration.event", "contest.assigned", "contest.receipt",
      "contest.results", "contest.screened", "org.springframework.validation.BindingResult.");

  /**
   * Templates whose texts come from a key held in a variable: the plan import's warnings are message codes the
   * importer writes, the layout's menu entries carry the label keys of the modules' menu beans (both string literals
   * in classes, checked with the other classes' keys; the menu's also below).
   */
  private static final Set<String> KEY_FROM_VARIABLE = Set.of("plan/plan-import-preview.html",
      "fragments/layout.html");

  private static final Pattern KEY = Pattern.compile("[a-zA-Z][\\w-]*(?:\\.[\\w-]+)+");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*(" + KEY + ")\\s*[}(]");
  private static final Pattern TEMPLATE_MSG_KEY = Pattern.compile("#messages\\.msg\\w*\\(\\s*'(" + KEY + ")'\\s*[,)]");
  private static final Pattern TEMPLATE_PREFIX =
      Pattern.compile("(?:#\\{|#messages\\.msg\\w*\\()\\s*'([a-zA-Z][\\w.-]*)'\\s*\\+");
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("#\\{\\s*\\$\\{|#messages\\.msg\\w*\\(\\s*[^'\\s]");
  private static final Pattern TEMPLATE_QUOTED = Pattern.compile("'(" + KEY + ")'");
  private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  /** Key to the bundle files defining it, per language ("" for Vietnamese, "en"). */
  private static final Map<String, Map<String, List<String>>> DEFINED = new TreeMap<>();
  private static final Map<String, String> VI = new TreeMap<>();
  private static final Map<String, String> EN = new TreeMap<>();
  private static final List<String> DUPLICATES = new ArrayList<>();

  @BeforeAll
  static void readBundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        String name = file.getFileName().toString();
        String language = name.endsWith("_en.properties") ? "en" : "";
        Set<String> inFile = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          int eq = l.indexOf('=');
          String key = (eq < 0 ? l : l.substring(0, eq)).strip();
          if (!inFile.add(key)) {
            DUPLICATES.add(name + ": " + key);
          }
          DEFINED.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(language, k -> new ArrayList<>()).add(name);
          (language.isEmpty() ? VI : EN).put(key, eq < 0 ? "" : l.substring(eq + 1).strip());
        }
      }
    }
  }

  @Test
  void everyModuleBundleHasItsEnglishTwinAndNoOtherFileIsThere() throws IOException {
    Set<String> names;
    try (Stream<Path> files = Files.list(BUNDLES)) {
      names = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> wrong = new ArrayList<>();
    for (String name : names) {
      if (!name.matches("[a-z]+(_en)?\\.properties")) {
        wrong.add(name + " is not <module>.properties or <module>_en.properties");
      } else if (name.endsWith("_en.properties") ? !names.contains(name.replace("_en.properties", ".properties"))
          : !names.contains(name.replace(".properties", "_en.properties"))) {
        wrong.add(name + " has no twin in the other language");
      }
    }
    assertThat(names).contains("shared.properties");
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyKeyIsDefinedInBothLanguagesOfTheSameModule() {
    List<String> missing = new ArrayList<>();
    DEFINED.forEach((key, byLanguage) -> {
      List<String> vi = byLanguage.getOrDefault("", List.of());
      List<String> en = byLanguage.getOrDefault("en", List.of());
      for (String file : vi) {
        String twin = file.replace(".properties", "_en.properties");
        if (!en.contains(twin)) {
          missing.add(twin + " lacks " + key);
        }
      }
      for (String file : en) {
        String twin = file.replace("_en.properties", ".properties");
        if (!vi.contains(twin)) {
          missing.add(twin + " lacks " + key);
        }
      }
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwice() {
    List<String> twice = new ArrayList<>(DUPLICATES);
    DEFINED.forEach((key, byLanguage) -> byLanguage.forEach((language, files) -> {
      if (files.size() > 1) {
        twice.add(key + " in " + files);
      }
    }));
    assertThat(twice).isEmpty();
  }

  @Test
  void bothLanguagesTakeTheSameArguments() {
    List<String> differ = new ArrayList<>();
    VI.forEach((key, vi) -> {
      String en = EN.get(key);
      if (en != null && !placeholders(vi).equals(placeholders(en))) {
        differ.add(key + ": vi " + placeholders(vi) + ", en " + placeholders(en));
      }
    });
    assertThat(differ).isEmpty();
  }

  @Test
  void everyKeyAPageOrClassAsksForIsDefined() throws IOException {
    Uses uses = uses();
    Set<String> undefined = new TreeSet<>();
    uses.keys().forEach((key, where) -> {
      if (!DEFINED.containsKey(key)) {
        undefined.add(key + " (" + where + ")");
      }
    });
    assertThat(undefined).isEmpty();
  }

  @Test
  void everyKeyBuiltAtRunTimeHasItsClosedSetAndEveryValueOfTheSetIsDefined() throws IOException {
    Uses uses = uses();
    Set<String> withoutSet = new TreeSet<>();
    uses.prefixes().forEach((prefix, where) -> {
      if (!DYNAMIC.containsKey(prefix)) {
        withoutSet.add(prefix + " (" + where + ")");
      }
    });
    assertThat(withoutSet).as("keys built at run time from a prefix DYNAMIC has no closed set for").isEmpty();
    Set<String> stale = new TreeSet<>(DYNAMIC.keySet());
    stale.removeAll(uses.prefixes().keySet());
    assertThat(stale).as("prefixes in DYNAMIC no template or class builds keys from").isEmpty();
    Set<String> undefined = new TreeSet<>();
    closedSets().forEach((prefix, set) -> {
      assertThat(set).as(prefix).isNotEmpty();
      for (String value : set) {
        if (!DEFINED.containsKey(prefix + value)) {
          undefined.add(prefix + value + " (" + uses.prefixes().get(prefix) + ")");
        }
      }
    });
    assertThat(undefined).isEmpty();
  }

  @Test
  void everyDefinedKeyIsUsed() throws IOException {
    Uses uses = uses();
    Set<String> used = new TreeSet<>(uses.keys().keySet());
    used.addAll(uses.quoted());
    closedSets().forEach((prefix, set) -> set.forEach(v -> used.add(prefix + v)));
    Set<String> unused = new TreeSet<>(DEFINED.keySet());
    unused.removeAll(used);
    assertThat(unused).as("keys no template or class uses").isEmpty();
  }

  @Test
  void everyMenuEntryAndSearchKindHasItsLabel() {
    Set<String> undefined = new TreeSet<>();
    for (ModuleNav nav : instancesOf(ModuleNav.class)) {
      nav.entries().stream().map(NavEntry::labelKey).filter(k -> !DEFINED.containsKey(k))
          .forEach(k -> undefined.add(k + " (" + nav.getClass().getSuperclass().getSimpleName() + ")"));
    }
    for (SearchKinds kinds : instancesOf(SearchKinds.class)) {
      kinds.searchKinds().stream().map(SearchKind::labelKey).filter(k -> !DEFINED.containsKey(k))
          .forEach(k -> undefined.add(k + " (" + kinds.getClass().getSuperclass().getSimpleName() + ")"));
    }
    assertThat(undefined).isEmpty();
  }

  @Test
  void templatesTakeKeysFromVariablesOnlyWhereTheKeysAreChecked() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path file : files(TEMPLATES, ".html")) {
      if (TEMPLATE_VARIABLE.matcher(Files.readString(file)).find()) {
        found.add(TEMPLATES.relativize(file).toString().replace('\\', '/'));
      }
    }
    assertThat(found).isEqualTo(KEY_FROM_VARIABLE);
  }

  // --- the sources

  /** Keys asked for, with one place each; prefixes of keys built at run time; keys quoted in templates. */
  private record Uses(Map<String, String> keys, Map<String, String> prefixes, Set<String> quoted) {}

  private static Uses cached;

  private static synchronized Uses uses() throws IOException {
    if (cached != null) {
      return cached;
    }
    Map<String, String> keys = new TreeMap<>();
    Map<String, String> prefixes = new TreeMap<>();
    Set<String> quoted = new TreeSet<>();
    for (Path file : files(TEMPLATES, ".html")) {
      String text = Files.readString(file);
      String where = TEMPLATES.relativize(file).toString().replace('\\', '/');
      collect(TEMPLATE_KEY.matcher(text), keys, where);
      collect(TEMPLATE_MSG_KEY.matcher(text), keys, where);
      collect(TEMPLATE_PREFIX.matcher(text), prefixes, where);
      Matcher q = TEMPLATE_QUOTED.matcher(text);
      while (q.find()) {
        quoted.add(q.group(1));
      }
    }
    Set<String> namespaces = DEFINED.keySet().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
        .collect(Collectors.toSet());
    Set<String> keyParts = new TreeSet<>();
    closedSets().values().forEach(keyParts::addAll);
    for (Path file : files(JAVA, ".java")) {
      String text = Files.readString(file);
      String where = JAVA.relativize(file).toString().replace('\\', '/');
      Matcher m = JAVA_STRING.matcher(text);
      while (m.find()) {
        String s = m.group(1);
        boolean concatenated = m.group(2) != null;
        if (!looksLikeKey(s, namespaces) || NOT_MESSAGES.contains(s)) {
          continue;
        }
        if (concatenated || s.endsWith(".")) {
          prefixes.putIfAbsent(s, where);
        } else if (DEFINED.containsKey(s) || !keyParts.contains(s)) {
          keys.putIfAbsent(s, where);
        }
      }
    }
    cached = new Uses(keys, prefixes, quoted);
    return cached;
  }

  /** A string literal is taken as a key when it has the shape of one and starts like a defined key. */
  private static boolean looksLikeKey(String s, Set<String> namespaces) {
    String bare = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    return (KEY.matcher(bare).matches() || s.endsWith(".") && bare.matches("[a-zA-Z][\\w-]*"))
        && namespaces.contains(s.substring(0, s.indexOf('.') + 1));
  }

  private static void collect(Matcher m, Map<String, String> into, String where) {
    while (m.find()) {
      into.putIfAbsent(m.group(1), where);
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  // --- the closed sets

  private static Map<String, Set<String>> closedSets;

  private static synchronized Map<String, Set<String>> closedSets() {
    if (closedSets == null) {
      Map<String, Set<String>> sets = new TreeMap<>();
      DYNAMIC.forEach((prefix, values) -> sets.put(prefix, values.get()));
      closedSets = sets;
    }
    return closedSets;
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the closed set of a dynamic key is gone: " + name, e);
    }
  }

  private static Set<String> enumNames(String enumClass) {
    return Arrays.stream(type(enumClass).getEnumConstants()).map(c -> ((Enum<?>) c).name())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> lowerCase(Set<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** A record's field names; a component that is one of its own nested records (a group the JSON unwraps) counts by its fields. */
  private static Set<String> recordComponents(String recordClass) {
    return fieldNames(type(recordClass));
  }

  private static Set<String> fieldNames(Class<?> record) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getType().isRecord() && c.getType().getDeclaringClass() == record) {
        names.addAll(fieldNames(c.getType()));
      } else {
        names.add(c.getName());
      }
    }
    return names;
  }

  private static Set<String> fieldOfEach(String enumClass, String fieldName) {
    try {
      Field field = type(enumClass).getDeclaredField(fieldName);
      field.setAccessible(true);
      Set<String> values = new TreeSet<>();
      for (Object constant : type(enumClass).getEnumConstants()) {
        values.add((String) field.get(constant));
      }
      return values;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The verification criteria of every profile kind (directory's checklist). */
  private static Set<String> checklistCriteria() {
    try {
      Class<?> kind = type("vn.innohub.directory.ProfileKind");
      Method criteria = type("vn.innohub.directory.internal.Checklist").getDeclaredMethod("criteria", kind);
      criteria.setAccessible(true);
      Set<String> all = new TreeSet<>();
      for (Object k : kind.getEnumConstants()) {
        @SuppressWarnings("unchecked")
        Collection<String> some = (Collection<String>) criteria.invoke(null, k);
        all.addAll(some);
      }
      return all;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The eligible groups a contest checks by birth date: each has its own age message. */
  private static Set<String> ageBasedGroups() {
    try {
      Class<?> group = type("vn.innohub.contest.internal.ContestSpec$EligibleGroup");
      Method ageBased = group.getMethod("ageBased");
      Set<String> names = new TreeSet<>();
      for (Object g : group.getEnumConstants()) {
        if ((Boolean) ageBased.invoke(g)) {
          names.add(((Enum<?>) g).name());
        }
      }
      return names;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Every 4xx and 5xx status a class names ({@code HttpStatus.CONFLICT}): each problem answer has a title. */
  private static Set<String> errorStatusesAnswered() {
    try {
      Set<String> codes = new TreeSet<>();
      Matcher m = Pattern.compile("HttpStatus\\.([A-Z_]+)\\b").matcher(String.join("\n", javaSources()));
      while (m.find()) {
        org.springframework.http.HttpStatus status = org.springframework.http.HttpStatus.valueOf(m.group(1));
        if (status.isError()) {
          codes.add(Integer.toString(status.value()));
        }
      }
      return codes;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The keys of every module's live statistics (plan targets bind to them, shown as {@code statistic.<key>}). */
  private static Set<String> liveStatisticKeys() {
    Set<String> keys = new TreeSet<>();
    instancesOf(LiveStatistics.class).forEach(statistics -> keys.addAll(statistics.keys()));
    return keys;
  }

  /**
   * Every bean of a module contributing to a shared list (statistics, menu entries, search kinds), without building
   * its dependencies: the methods read here return constants.
   */
  private static <T> List<T> instancesOf(Class<T> contract) {
    ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
    scan.addIncludeFilter(new AssignableTypeFilter(contract));
    List<T> found = new ArrayList<>();
    for (var bean : scan.findCandidateComponents("vn.innohub")) {
      Class<?> type = type(bean.getBeanClassName());
      try {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        found.add(contract.cast(constructor.newInstance()));
      } catch (NoSuchMethodException e) {
        found.add(contract.cast(mock(type, CALLS_REAL_METHODS)));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(found).as(contract.getSimpleName()).isNotEmpty();
    return found;
  }

  private static List<String> javaSources() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : files(JAVA, ".java")) {
      texts.add(Files.readString(file));
    }
    return texts;
  }
}
