package jp.mamori.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.shared.Contact;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseAccessPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hospital accounts by invitation: a random token mailed as a link (only its SHA-256 is kept), valid 7 days and
 * redeemed once; redemption creates a HOSPITAL account of the case's hospital.
 */
@Service
public class Invitations {

    static final Duration VALID = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a link cannot be used; the page says each in plain Japanese. */
    public enum Refusal { UNKNOWN, USED, EXPIRED }

    /** The outcome of looking at or redeeming a link: a refusal, or (for a look) the case's hospital name. */
    public record Check(Refusal refusal, String email) {
    }

    private final CaseRepository cases;
    private final CaseService service;
    private final CaseContacts contacts;
    private final InvitationStore store;
    private final CaseLedger ledger;
    private final UserAccountService accounts;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Invitations(CaseRepository cases, CaseService service, CaseContacts contacts, InvitationStore store, CaseLedger ledger,
                UserAccountService accounts, AccessGuard guard, AuditLog audit, ApplicationEventPublisher events,
                TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.service = service;
        this.contacts = contacts;
        this.store = store;
        this.ledger = ledger;
        this.accounts = accounts;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The assigned contractor or the ministry invites one of the case's contacts. */
    @Transactional
    public long invite(long caseId, String email) {
        Actor actor = guard.current();
        SurveyCase c = find(caseId);
        if (!actor.is(Role.MHLW_ADMIN) && !CaseAccessPolicy.canWriteSurvey(CaseService.viewer(actor), service.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        String address = email == null ? "" : java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC).strip();
        List<String> known = contacts.of(caseId).stream().map(Contact::email).filter(m -> m != null).toList();
        if (known.stream().noneMatch(m -> m.equalsIgnoreCase(address))) {
            throw new ValidationException(Problem.field("email", "NOT_A_CONTACT",
                    "「" + address + "」はこの案件の担当者のメールアドレスではありません。先に担当者として登録してください。"));
        }
        return issue(c, address, actor.username());
    }

    /**
     * What a bulk invitation did: links sent, and cases left out because a link sent earlier is still usable, or
     * because the hospital or the contact already has an account, or because no contact has an e-mail address.
     */
    public record BulkResult(int invited, int skippedPending, int skippedWithAccount, int skippedNoEmail) {
        public int skipped() {
            return skippedPending + skippedWithAccount + skippedNoEmail;
        }
    }

    /**
     * The ministry invites the first contact of every open case whose hospital has no account yet. A case whose link is
     * still unused is left alone: sending again would only bury the first mail and make the hospital ask which is valid.
     */
    @Transactional
    public BulkResult inviteAll(String programId, PrefectureCode prefecture) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        Instant now = clock.instant();
        int invited = 0;
        int pending = 0;
        int withAccount = 0;
        int noEmail = 0;
        for (SurveyCase c : cases.ofProgram(programId)) {
            if (c.withdrawn() || prefecture != null && !c.prefecture().equals(prefecture)) {
                continue;
            }
            if (accounts.hospitalHasAccount(c.hospital())) {
                withAccount++;
                continue;
            }
            if (store.hasPending(c.id(), now)) {
                pending++;
                continue;
            }
            Optional<String> first = contacts.of(c.id()).stream().map(Contact::email).filter(m -> m != null && !m.isBlank()).findFirst();
            if (first.isEmpty()) {
                noEmail++;
            } else if (accounts.emailHasAccount(first.get())) {
                withAccount++;
            } else {
                issue(c, first.get(), actor.username());
                invited++;
            }
        }
        BulkResult result = new BulkResult(invited, pending, withAccount, noEmail);
        audit.change("SURVEY_INVITATIONS_BULK", "PROGRAM", programId, null,
                Map.of("prefectureCode", prefecture == null ? "" : prefecture.value(), "invited", invited,
                        "skippedPending", pending, "skippedWithAccount", withAccount, "skippedNoEmail", noEmail));
        return result;
    }

    private long issue(SurveyCase c, String email, String by) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(VALID);
        long id = store.insert(c.id(), email, sha256(token), by, now, expires);
        ledger.history(c.id(), by, "INVITED", email, null, Map.of("email", email));
        audit.change("SURVEY_INVITATION_SENT", "SURVEY_CASE", String.valueOf(c.id()), null, Map.of("email", email, "invitation", id));
        events.publishEvent(new CaseInvited(id, c.id(), c.programId(), c.hospital(), email, token, expires));
        return id;
    }

    /** Whether a link can still be used (the page shows the form only then). */
    public Check check(String token) {
        Optional<InvitationStore.Invitation> found = token == null ? Optional.empty() : store.byHash(sha256(token));
        if (found.isEmpty()) {
            return new Check(Refusal.UNKNOWN, null);
        }
        InvitationStore.Invitation i = found.get();
        if (i.usedAt() != null) {
            return new Check(Refusal.USED, null);
        }
        if (!i.expiresAt().isAfter(clock.instant())) {
            return new Check(Refusal.EXPIRED, null);
        }
        return new Check(null, i.email());
    }

    /**
     * Redeems a link: claims it (one UPDATE, so two submissions at once cannot both win) and creates the account in
     * the same transaction; a refused password rolls both back, and the link stays usable. Audited either way.
     * Returns the refusal, or null when the account was created.
     */
    public Refusal redeem(String token, String username, String password) {
        Check check = check(token);
        if (check.refusal() != null) {
            audit.eventAs(username == null ? "anonymous" : username, "SURVEY_INVITATION_REDEEM_REFUSED", check.refusal().name(), false);
            return check.refusal();
        }
        InvitationStore.Invitation i = store.byHash(sha256(token)).orElseThrow();
        try {
            Boolean claimed = transactions.execute(tx -> {
                if (!store.claim(i.id(), username, clock.instant())) {
                    return false;
                }
                SurveyCase c = find(i.caseId());
                accounts.createUnchecked(new NewUser(username, password, Role.HOSPITAL, null, c.hospital(), null, null, i.email(), null, false));
                ledger.history(c.id(), username, "ACCOUNT_CREATED", i.email(), null, Map.of("username", username));
                audit.eventAs(username, "SURVEY_INVITATION_REDEEMED", "case " + c.id() + " invitation " + i.id(), true);
                return true;
            });
            if (!Boolean.TRUE.equals(claimed)) {
                audit.eventAs(username, "SURVEY_INVITATION_REDEEM_REFUSED", Refusal.USED.name(), false);
                return Refusal.USED;
            }
            return null;
        } catch (ValidationException e) {
            audit.eventAs(username == null ? "anonymous" : username, "SURVEY_INVITATION_REDEEM_REFUSED",
                    "invitation " + i.id() + ": " + e.getMessage(), false);
            throw e;
        }
    }

    private SurveyCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
