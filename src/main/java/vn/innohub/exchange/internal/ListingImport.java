package vn.innohub.exchange.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.innohub.exchange.IpStatus;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.TransferMode;
import vn.innohub.identity.Actor;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.FieldErrors;
import vn.innohub.shared.web.Messages;

/**
 * Imports listings in the exchange's JSON format ({"offers": […], "demands": […]}, docs/EXCHANGE.md): each valid row
 * becomes a PENDING listing for ADMIN to publish; each invalid row is reported with its problems and skipped.
 * Not one transaction: a bad row does not undo the good ones.
 */
@Service
public class ListingImport {

  public record RowProblem(String row, String key, List<String> problems) {}

  public record Report(int created, List<String> slugs, List<RowProblem> errors) {}

  private final ListingService listings;
  private final Messages messages;

  ListingImport(ListingService listings, Messages messages) {
    this.listings = listings;
    this.messages = messages;
  }

  public Report run(JsonNode body, Actor actor) {
    ListingService.requireAdmin(actor);
    if (body == null || !body.isObject() || (!body.has("offers") && !body.has("demands"))) {
      throw DomainException.invalid("exchange.import.shape");
    }
    List<String> slugs = new ArrayList<>();
    List<RowProblem> errors = new ArrayList<>();
    for (String list : List.of("offers", "demands")) {
      JsonNode rows = body.path(list);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        String name = list + "[" + i + "]";
        String key = text(row, "key");
        try {
          ListingData d = read(row, list.equals("offers") ? ListingKind.OFFER : ListingKind.DEMAND);
          var l = listings.create(d, actor);
          listings.submit(l.getId(), actor);
          slugs.add(l.getSlug());
        } catch (FieldErrors e) {
          errors.add(new RowProblem(name, key, e.fields().entrySet().stream()
              .map(f -> f.getKey() + ": " + f.getValue()).sorted().toList()));
        } catch (DomainException e) {
          errors.add(new RowProblem(name, key, List.of(messages.of(e))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          errors.add(new RowProblem(name, key, List.of(messages.get("exchange.import.unreadable"))));
        }
      }
    }
    return new Report(slugs.size(), slugs, errors);
  }

  private ListingData read(JsonNode r, ListingKind kind) {
    String categoryText = text(r, "category");
    ListingCategory category = categoryText == null
        ? (kind == ListingKind.OFFER ? ListingCategory.TECHNOLOGY : ListingCategory.NEED)
        : ListingCategory.valueOf(categoryText);
    if (category.kind() != kind) {
      throw DomainException.invalid("exchange.error.kindChange");
    }
    Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
    r.path("transferModes").forEach(m -> modes.add(TransferMode.valueOf(m.asText())));
    String owner = text(r, "owner");
    ListingData.OfferTerms offer = new ListingData.OfferTerms(integer(r, "trl"),
        text(r, "ipStatus") == null ? null : IpStatus.valueOf(text(r, "ipStatus")), text(r, "ipNumbers"), modes,
        money(r, "priceVnd"), r.path("negotiable").asBoolean(r.path("priceVnd").isMissingNode()));
    ListingData.DemandTerms demand = new ListingData.DemandTerms(text(r, "problem"), text(r, "desiredOutcome"),
        text(r, "constraints"), money(r, "budgetMinVnd"), money(r, "budgetMaxVnd"), date(r, "deadline"),
        integer(r, "minTrl"));
    ListingData.ChallengeCall call = new ListingData.ChallengeCall(date(r, "callOpens"), date(r, "callCloses"));
    ListingData.Contacts contacts = new ListingData.Contacts(
        owner == null ? messages.get("exchange.import.owner") : owner, null, null, null);
    return new ListingData(category, text(r, "title"), text(r, "summary"), text(r, "description"), text(r, "field"),
        text(r, "region"), text(r, "commune"), text(r, "profileSlug"), date(r, "validUntil"), offer, demand, call,
        contacts);
  }

  private static String text(JsonNode r, String field) {
    JsonNode n = r.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Integer integer(JsonNode r, String field) {
    JsonNode n = r.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.canConvertToInt()) {
      throw new IllegalArgumentException(field);
    }
    return n.asInt();
  }

  private static BigDecimal money(JsonNode r, String field) {
    JsonNode n = r.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    return new BigDecimal(n.asText());
  }

  private static LocalDate date(JsonNode r, String field) {
    String t = text(r, field);
    return t == null ? null : LocalDate.parse(t);
  }
}
