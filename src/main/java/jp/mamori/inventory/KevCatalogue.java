package jp.mamori.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.inventory.domain.KevAliases;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.inventory.domain.KevLookup;
import jp.mamori.inventory.domain.KevMatcher;
import jp.mamori.shared.ConflictException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The KEV catalogue and alias table in force, and the only way to change them. The matcher is built once per
 * change and cached; another instance's change is noticed by the stamp in the database within a second. Inside a
 * loading transaction the new matcher is what {@link #lookup()} answers, so the rematch sees the new catalogue and
 * nobody else does until it commits.
 */
@Service
public class KevCatalogue implements CurrentKev {

    static final long STAMP_CHECK_NANOS = 1_000_000_000L;

    private final KevRepository repository;
    // the rematch matches through this catalogue: it is looked up when needed, not at construction
    private final ObjectProvider<KevRematch> rematch;
    private final AuditLog audit;
    private final Clock clock;
    private final ThreadLocal<Built> pending = new ThreadLocal<>();
    private volatile Built cached;
    private volatile long checkedAt;

    KevCatalogue(KevRepository repository, ObjectProvider<KevRematch> rematch, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.rematch = rematch;
        this.audit = audit;
        this.clock = clock;
    }

    private record Built(long stamp, KevMatcher matcher) {
    }

    /** What a load answers: the catalogue now in force and the suggestions its rematch raised. */
    public record Loaded(KevRepository.KevLoad load, int newSuggestions) {
    }

    @Override
    public KevLookup lookup() {
        return matcher();
    }

    KevMatcher matcher() {
        Built p = pending.get();
        if (p != null) {
            return p.matcher();
        }
        Built b = cached;
        long now = System.nanoTime();
        if (b != null && now - checkedAt < STAMP_CHECK_NANOS) {
            return b.matcher();
        }
        long stamp = repository.stamp();
        checkedAt = now;
        if (b != null && b.stamp() == stamp) {
            return b.matcher();
        }
        synchronized (this) {
            if (cached != null && cached.stamp() == stamp) {
                return cached.matcher();
            }
            // the stamp is read before the data: a change in between only makes the next check build again
            Built fresh = new Built(stamp, build(repository.entries(), repository.aliases()));
            cached = fresh;
            return fresh.matcher();
        }
    }

    private static KevMatcher build(List<KevEntry> entries, List<KevAlias> aliases) {
        return new KevMatcher(entries, new KevAliases(aliases));
    }

    public Optional<KevRepository.KevLoad> status() {
        return repository.latestLoad();
    }

    public List<KevAlias> aliases() {
        return repository.aliases();
    }

    /**
     * Loads a catalogue uploaded by the ministry: refused whole (422) when it is not one, 409 KEV_OLDER when it
     * was released before the one in force; then every open case is matched again in this transaction.
     */
    @Transactional
    public Loaded upload(byte[] json, String by) {
        KevCatalogueFile.Catalogue catalogue = KevCatalogueFile.parse(json);
        repository.lock();
        Optional<KevRepository.KevLoad> current = repository.latestLoad();
        if (current.isPresent() && catalogue.dateReleased().isBefore(current.get().dateReleased())) {
            throw new ConflictException("KEV_OLDER", "このカタログ（" + catalogue.catalogVersion() + "、"
                    + catalogue.dateReleased() + " 公開）は読み込み済みのカタログ（" + current.get().catalogVersion() + "、"
                    + current.get().dateReleased() + " 公開）より古いため読み込みません。");
        }
        return store(catalogue, by, "UPLOAD");
    }

    /** The catalogue shipped in the jar, when none is stored or it is newer than the stored one. */
    @Transactional
    public Optional<Loaded> loadShipped(byte[] catalogueJson, List<KevAlias> shippedAliases) {
        KevCatalogueFile.Catalogue catalogue = KevCatalogueFile.parse(catalogueJson);
        repository.lock();
        boolean aliasesChanged = !sameAliases(repository.aliases().stream()
                .filter(a -> a.origin() == KevAlias.Origin.SHIPPED).toList(), shippedAliases);
        if (aliasesChanged) {
            repository.replaceAliases(KevAlias.Origin.SHIPPED, shippedAliases, AuditLog.SYSTEM, clock.instant());
            audit.event("KEV_ALIASES_SHIPPED", "KEV_ALIASES", "SHIPPED", "同梱の別名 " + shippedAliases.size() + " 件を読み込みました。");
        }
        Optional<KevRepository.KevLoad> current = repository.latestLoad();
        if (current.isEmpty() || catalogue.dateReleased().isAfter(current.get().dateReleased())) {
            return Optional.of(store(catalogue, AuditLog.SYSTEM, "SHIPPED"));
        }
        if (aliasesChanged) {
            int raised = changed();
            return Optional.of(new Loaded(current.get(), raised));
        }
        return Optional.empty();
    }

    /** Replaces the ministry's aliases (the shipped ones stay) and matches every open case again. */
    @Transactional
    public int replaceMinistryAliases(List<KevAlias> aliases, String by) {
        repository.lock();
        List<KevAlias> before = repository.aliases().stream().filter(a -> a.origin() == KevAlias.Origin.MINISTRY).toList();
        repository.replaceAliases(KevAlias.Origin.MINISTRY, aliases, by, clock.instant());
        int raised = changed();
        audit.change("KEV_ALIASES_REPLACED", "KEV_ALIASES", "MINISTRY", views(before), views(aliases));
        return raised;
    }

    private Loaded store(KevCatalogueFile.Catalogue catalogue, String by, String source) {
        Instant at = clock.instant();
        repository.replaceEntries(catalogue.entries());
        long id = repository.insertLoad(catalogue, at, by, source);
        int raised = changed();
        repository.recordSuggestions(id, raised);
        audit.event("KEV_LOADED", "KEV_CATALOGUE", catalogue.catalogVersion(),
                "KEV カタログ " + catalogue.catalogVersion() + "（" + catalogue.dateReleased() + " 公開、"
                        + catalogue.count() + " 件）を読み込みました（" + source + "）。新しい指摘候補 " + raised + " 件。");
        return new Loaded(repository.latestLoad().orElseThrow(), raised);
    }

    /** Bumps the stamp, makes the new matcher this transaction's, rematches, and publishes it on commit. */
    private int changed() {
        repository.bumpStamp();
        Built fresh = new Built(repository.stamp(), build(repository.entries(), repository.aliases()));
        pending.set(fresh);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    synchronized (KevCatalogue.this) {
                        cached = fresh;
                        checkedAt = System.nanoTime();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    pending.remove();
                }
            });
        }
        return rematch.getObject().rematchOpenCases();
    }

    private static boolean sameAliases(List<KevAlias> a, List<KevAlias> b) {
        return views(a).equals(views(b));
    }

    static List<AliasView> views(List<KevAlias> aliases) {
        return aliases.stream().map(AliasView::of).toList();
    }

    /** An alias as the API and the audit trail show it. */
    public record AliasView(SideView from, SideView to, String origin) {
        static AliasView of(KevAlias a) {
            return new AliasView(new SideView(a.from().vendor(), a.from().product()),
                    new SideView(a.to().vendor(), a.to().product()), a.origin().name());
        }
    }

    public record SideView(String vendor, String product) {
    }
}
