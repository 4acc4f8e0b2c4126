package jp.mamori.inventory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * KEV_MATCH: a device whose vendor and product match KEV entries, one suggestion per point listing every CVE.
 * KEV has no version ranges, so it asks for the version to be checked against the vendor's advisory; it never
 * says the device is vulnerable. Ransomware use known for any of them makes it CRITICAL.
 */
public final class KevMatchRule implements FindingRule {

    public static final String ID = "KEV_MATCH";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        List<Suggestion> out = new ArrayList<>();
        for (ConnectionPoint p : input.connected()) {
            Device d = p.device();
            if (d.product() == null || d.product().isBlank()) {
                continue;
            }
            // one entry per CVE, in CVE order, so the evidence is the same whatever order the catalogue lists them in
            Map<String, KevEntry> byCve = new TreeMap<>();
            for (KevEntry e : input.kev().matches(d.vendor(), d.product())) {
                byCve.putIfAbsent(e.cveId(), e);
            }
            if (byCve.isEmpty()) {
                continue;
            }
            boolean ransomware = byCve.values().stream().anyMatch(KevEntry::knownRansomware);
            List<Map<String, Object>> cves = byCve.values().stream().sorted(Comparator.comparing(KevEntry::cveId)).map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cveId", e.cveId());
                m.put("vendorProject", e.vendorProject());
                m.put("product", e.product());
                m.put("knownRansomwareCampaignUse", e.knownRansomware() ? "Known" : "Unknown");
                m.put("requiredAction", e.requiredAction());
                return m;
            }).toList();
            Map<String, Object> evidence = Evidence.of("cves", cves, "vendor", d.vendor(), "product", d.product(),
                    "version", d.version());
            Map<String, Object> basis = Evidence.of("cveIds", List.copyOf(byCve.keySet()));
            String name = String.join(" ", d.vendor() == null ? "" : d.vendor(), d.product()).strip();
            out.add(new Suggestion(ID, p.id(), ransomware ? Severity.CRITICAL : Severity.HIGH,
                    "悪用が確認された脆弱性（KEV）の対象製品：" + name,
                    "「" + Evidence.label(p) + "」の機器（" + name + (d.version() == null ? "" : "、バージョン " + d.version())
                            + "）は、米国CISAの悪用が確認された脆弱性カタログ（KEV）に載っている製品です（"
                            + String.join("、", byCve.keySet()) + "）。KEVには対象バージョンの範囲がないため、"
                            + "この機器のバージョンが影響を受けるかどうかは、製造元の公開情報（アドバイザリ）で確認してください。"
                            + (ransomware ? "このうち少なくとも1件はランサムウェア攻撃での悪用が知られています。" : ""),
                    "製造元のアドバイザリで該当バージョンを確認し、影響を受ける場合は修正版の適用または回避策の実施を、"
                            + "保守事業者と日程を決めて行ってください。",
                    "CISA KEV", evidence, basis));
        }
        return out;
    }
}
