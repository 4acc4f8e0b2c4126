/**
 * The 外部接続点台帳 as an Excel sheet (plain Java and POI, no Spring): {@link jp.mamori.inventory.sheet.InventorySheetWriter}
 * exports a case's connection points, {@link jp.mamori.inventory.sheet.InventorySheetReader} reads the filled sheet back
 * with the nomination form's defences and cell reading. A round trip changes nothing.
 * <ul>
 * <li>Every column is required: a missing column would otherwise blank that field on every stored point.</li>
 * <li>The ID column is greyed, carries a note and refuses typing by a data validation; the sheet is not protected,
 *     because Excel will not delete a row holding locked cells and deleting a row is how a point is removed.</li>
 * <li>A blank choice (回線種別, 認証方式, 状態) reads as null, as it was written; the caller decides any default.</li>
 * <li>Free text is kept as typed, only trimmed (no width folding); choices, yes/no, IDs and dates are read
 *     width-folded, so full-width digits and 和暦 are fine there.</li>
 * </ul>
 */
package jp.mamori.inventory.sheet;
