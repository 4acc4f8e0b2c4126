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
 * Keeps each program's book in memory, rebuilt from the stored events whenever the history moved on
 * without it (another node, a restart). A book changed in a transaction that rolls back is dropped.
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

    /** The current book; call with the program's selection lock held when about to change it. */
    SelectionBook current(String programId) {
        int seq = store.lastSeq(programId);
        Cached cached = books.get(programId);
        if (cached != null && cached.seq() == seq) {
            return cached.book();
        }
        List<SelectionEvent> events = store.events(programId).stream().map(SelectionStore.StoredEvent::event).toList();
        SelectionBook book = SelectionBook.replay(events, names());
        books.put(programId, new Cached(book, seq));
        return book;
    }

    /** Records that the book now stands at {@code seq}, and forgets it if the transaction does not commit. */
    void advanced(String programId, SelectionBook book, int seq) {
        books.put(programId, new Cached(book, seq));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        books.remove(programId);
                    }
                }
            });
        }
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
