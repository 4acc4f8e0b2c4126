/**
 * The nomination form (様式「セキュリティー確保事業支援対象病院リスト」): plain Java and Apache POI, no Spring.
 * <ul>
 * <li>{@link jp.mamori.nomination.form.FormWriter} exports a pre-filled .xlsx;
 *     {@link jp.mamori.nomination.form.FormReader} imports one back (a round trip changes nothing).</li>
 * <li>{@link jp.mamori.nomination.form.FormLayout} and {@link jp.mamori.nomination.form.FormColumn} are the layout contract;
 *     {@link jp.mamori.nomination.form.FormErrorCode} the error codes; {@link jp.mamori.nomination.form.FormMessages}
 *     every Japanese message; {@link jp.mamori.nomination.form.FormLimits} the caps against hostile files.</li>
 * </ul>
 * Decisions where the spec leaves room:
 * <ul>
 * <li>A contact is all four values or none, in any slot: two complete contacts are needed (slots 1 and 3 will do);
 *     a partly filled contact gets MISSING_VALUE on its empty cells; fewer than two filled contacts is
 *     CONTACTS_LT_2 (column null).</li>
 * <li>The dates required by a row's own answers (導入予定, 更改予定あり) are MISSING_VALUE; their columns are not
 *     required columns, but a row that needs one whose column is absent is told to add it.</li>
 * <li>A row whose known columns are all blank is skipped, even if the prefecture's own columns hold something
 *     (such as a pre-filled serial number). A repeated header row is skipped too.</li>
 * <li>A hospital code or phone number in a number cell has lost its leading 0: a 9-digit code gets it back
 *     (prefectures 01-09), a phone number always does.</li>
 * <li>Dates outside 1989-01-08..2200-12-31 are refused as typing mistakes; 平成 and 令和 are converted leniently
 *     (平成31年5月 is 2019-05).</li>
 * <li>SELECTED_HOSPITAL_REMOVED has no row (the hospital is not in the file); its column is 医療機関コード.</li>
 * <li>Caps (rows, columns, cells, zip sizes) are answered as INVALID_VALUE (or NOT_A_WORKBOOK for a zip bomb)
 *     without a row, and stop the reading: there is nothing useful to add row by row.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("form")
package jp.mamori.nomination.form;
