package jp.mamori.selection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jp.mamori.registry.Registry;
import jp.mamori.selection.domain.SelectionBook;
import jp.mamori.selection.domain.SelectionEvent;
import jp.mamori.shared.PrefectureCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each program's book in memory, rebuilt from the stored events whenever the database's last event is not
 * the one the cached book stands at (another instance changed it, or a restart). A change works on a copy
 * ({@link #forChange}), which is cached only once its transaction has committed: a cached book is never changed
 * in place, so readers never see a change that is not committed, and a change the database refused leaves no trace.
 */
@Component
class SelectionBooks {

    private record Cached(SelectionBook book, int seq) {
    }

    private final Map<String, Cached> books = new ConcurrentHashMap<>();
    private final SelectionStore store;
    private final Registry registry;

    SelectionBooks(SelectionStore store, Registry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** The current book, to read; never change it (see {@link #forChange}). */
    SelectionBook current(String programId) {
        int seq = store.lastSeq(programId);
        Cached cached = uncommitted().getOrDefault(programId, books.get(programId));
        if (cached != null && cached.seq() == seq) {
            return cached.book();
        }
        List<SelectionEvent> events = store.events(programId).stream().map(SelectionStore.StoredEvent::event).toList();
        SelectionBook book = SelectionBook.replay(events, names());
        books.put(programId, new Cached(book, seq));
        return book;
    }

    /** A private copy of the current book to change; call with the program's selection lock held. */
    SelectionBook forChange(String programId) {
        return current(programId).copy();
    }

    /**
     * Records that the changed book stands at {@code seq}: for everyone once (and only if) its transaction commits,
     * before that for the rest of its own transaction (several changes in one, as the demo makes).
     */
    void advanced(String programId, SelectionBook book, int seq) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            books.put(programId, new Cached(book, seq));
            return;
        }
        Map<String, Cached> mine = uncommitted();
        if (TransactionSynchronizationManager.getResource(this) == null) {
            TransactionSynchronizationManager.bindResource(this, mine);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    books.putAll(mine);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SelectionBooks.this);
                }
            });
        }
        mine.put(programId, new Cached(book, seq));
    }

    /** The books this transaction changed and has not committed yet. */
    @SuppressWarnings("unchecked")
    private Map<String, Cached> uncommitted() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        return bound != null ? (Map<String, Cached>) bound : new java.util.HashMap<>();
    }

    /** Rebuilds from the stored events alone (invariant 6), bypassing the cache. */
    SelectionBook replayed(String programId) {
        List<SelectionEvent> events = store.events(programId).stream().map(SelectionStore.StoredEvent::event).toList();
        return SelectionBook.replay(events, names());
    }

    Function<PrefectureCode, String> names() {
        Map<PrefectureCode, String> names = new java.util.HashMap<>();
        registry.prefectures().forEach(p -> names.put(p.code(), p.nameJa()));
        return names::get;
    }
}
