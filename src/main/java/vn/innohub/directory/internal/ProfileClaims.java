package vn.innohub.directory.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.FieldErrors;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/** Members claim the profiles the DOST entered for them; ADMIN decides, and the member hears of it. */
@Service
public class ProfileClaims {

  /** A claim, with the profile's name and the claimant's account for the pages. */
  public record ClaimView(ProfileClaim claim, String profileName, String profileSlug, String claimant) {}

  private final ProfileClaimRepository claims;
  private final ProfileRepository profiles;
  private final Accounts accounts;
  private final Notifier notifier;
  private final Messages messages;
  private final Clock clock;
  private final vn.innohub.shared.persistence.OncePerKey once;

  ProfileClaims(ProfileClaimRepository claims, ProfileRepository profiles, Accounts accounts, Notifier notifier,
      Messages messages, Clock clock, vn.innohub.shared.persistence.OncePerKey once) {
    this.claims = claims;
    this.profiles = profiles;
    this.accounts = accounts;
    this.notifier = notifier;
    this.messages = messages;
    this.clock = clock;
    this.once = once;
  }

  /** Whether the profile may be claimed at all: verified, public and without an owner. */
  @Transactional(readOnly = true)
  public boolean claimable(String slug) {
    return profiles.findBySlug(slug).filter(p -> p.getOwnerUserId() == null && p.publishedData() != null).isPresent();
  }

  public ProfileClaim claim(String slug, String message, Actor actor) {
    if (!actor.has(Role.MEMBER)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    Profile p = profiles.findBySlug(slug).filter(x -> x.publishedData() != null)
        .orElseThrow(() -> DomainException.notFound("Profile", slug));
    if (p.getOwnerUserId() != null) {
      throw DomainException.conflict(p.getOwnerUserId().longValue() == actor.userId() ? "directory.claim.yours"
          : "directory.claim.owned");
    }
    if (message == null || message.isBlank()) {
      throw new FieldErrors("directory.invalid", Map.of("message", messages.get("directory.claim.messageRequired")));
    }
    if (message.strip().length() > 2000) {
      throw new FieldErrors("directory.invalid", Map.of("message", messages.get("directory.error.tooLong")));
    }
    // One pending claim per (profile, member) by unique key: the same claim sent twice at once answers with one.
    var stored = once.findOrCreate(() -> claims.findFirstByProfileIdAndUserIdAndStatusOrderByIdAsc(p.getId(),
        actor.userId(), ProfileClaim.Status.PENDING),
        () -> claims.saveAndFlush(new ProfileClaim(p.getId(), actor.userId(), message.strip(), clock.instant())));
    if (!stored.created() && !stored.value().getMessage().equals(message.strip())) {
      throw DomainException.conflict("directory.claim.alreadyPending");
    }
    return stored.value();
  }

  @Transactional(readOnly = true)
  public List<ClaimView> pending() {
    return claims.findByStatusOrderByCreatedAtAsc(ProfileClaim.Status.PENDING).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public List<ClaimView> mine(Actor actor) {
    return claims.findByUserIdOrderByCreatedAtDesc(actor.userId()).stream().map(this::view).toList();
  }

  /** Approves (the claimant becomes the owner; other open claims on the profile are refused) or refuses. */
  @Transactional
  public ProfileClaim decide(long claimId, boolean approve, String note, Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    ProfileClaim claim = claims.findById(claimId).orElseThrow(() -> DomainException.notFound("Claim", claimId));
    if (claim.getUserId() == actor.userId()) {
      // Approving one's own claim would make oneself the owner of a verified profile: another ADMIN decides.
      throw DomainException.conflict("directory.claim.ownClaim");
    }
    String reason = Texts.blankToNull(note);
    if (!approve && reason == null) {
      throw new FieldErrors("directory.invalid", Map.of("note", messages.get("directory.claim.reasonRequired")));
    }
    Profile p = profiles.findById(claim.getProfileId())
        .orElseThrow(() -> DomainException.notFound("Profile", claim.getProfileId()));
    if (approve && p.getOwnerUserId() != null) {
      throw DomainException.conflict("directory.claim.owned");
    }
    claim.decide(approve, reason, actor.username(), clock.instant());
    tell(claim, p);
    if (approve) {
      p.assignOwner(claim.getUserId());
      for (ProfileClaim other : claims.findByProfileIdAndStatus(p.getId(), ProfileClaim.Status.PENDING)) {
        other.decide(false, messages.get("directory.claim.givenToAnother"), actor.username(), clock.instant());
        tell(other, p);
      }
    }
    return claim;
  }

  private void tell(ProfileClaim claim, Profile p) {
    List<AccountView> to = accounts.list().stream().filter(a -> a.id() == claim.getUserId()).toList();
    String name = p.publishedData().name();
    boolean approved = claim.getStatus() == ProfileClaim.Status.APPROVED;
    notifier.send(new Notice(to, "directory-claim",
        messages.get(approved ? "directory.claim.approvedSubject" : "directory.claim.refusedSubject", name),
        approved ? messages.get("directory.claim.approvedBody", name)
            : messages.get("directory.claim.refusedBody", name, claim.getNote()),
        approved ? "/me/profiles/" + p.getId() : "/me/profiles", "claim-" + claim.getId()));
  }

  private ClaimView view(ProfileClaim c) {
    Profile p = profiles.findById(c.getProfileId()).orElseThrow();
    String claimant = accounts.list().stream().filter(a -> a.id() == c.getUserId())
        .map(a -> a.displayName() + " (" + a.username() + ", " + a.email() + ")").findFirst().orElse("#" + c.getUserId());
    String name = p.publishedData() != null ? p.publishedData().name() : p.draftData().name();
    return new ClaimView(c, name, p.getSlug(), claimant);
  }
}
