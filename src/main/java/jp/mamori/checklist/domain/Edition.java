package jp.mamori.checklist.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.mamori.shared.FiscalYear;

/** An edition of the checklist or the BCP table: items in the ministry's order, with stable ids. */
public record Edition(String id, EditionKind kind, int fiscalYear, String title, List<ChecklistItem> items) {

    public Edition {
        items = List.copyOf(items);
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<ChecklistItem> gate() {
        return items.stream().filter(ChecklistItem::gate).findFirst();
    }

    /** The last day a NO's target date may fall on: the end of the edition's fiscal year. */
    public LocalDate fiscalYearEnd() {
        return FiscalYear.of(fiscalYear).end();
    }
}
