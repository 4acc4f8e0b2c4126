package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;

class DiagramFragmentTest {

    @Test
    void theTableListsEveryPointWithTheSameSeverityWords() {
        String html = DiagramFragment.render(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS),
                Locale.JAPANESE);

        assertThat(html).contains("<caption>外部接続点の一覧（構成図と同じ内容）</caption>");
        assertThat(Pattern.compile("<tr id=\"diagram-row-").matcher(html).results().count()).isEqualTo(3);
        assertThat(row(html, "11")).contains("富士山メディカル株式会社 保守センター", "電子カルテ", "インターネットVPN",
                "Fortinet FortiGate 7.0.12", "203.0.113.10", "ヒアリングで確認", "severity-critical", ">緊急<");
        assertThat(row(html, "12")).contains("ＰＡＣＳ", "ISDN・ダイヤルアップ", "不明 RAS-100 不明", "切断済み", ">中<");
        assertThat(row(html, "13")).contains("給食システム", "閉域網（IP-VPN）", ">不明<", ">指摘なし<");
    }

    @Test
    void theElementsStandUnchangedInTheirScriptElement() throws Exception {
        var point = SamplePoints.point(5, "電子カルテ", "</script><b>x</b> & \"q\"", Line.OTHER, null, PointStatus.ONSITE);
        var layout = DiagramLayout.of(new DiagramModel("病院", List.of(), List.of(point), Map.of()), SamplePoints.LABELS);

        String html = DiagramFragment.render(layout, Locale.JAPANESE);

        Matcher script = Pattern.compile("<script type=\"application/json\" class=\"diagram__elements\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(new ObjectMapper().readTree(script.group(1))).hasSize(DiagramElements.elements(layout).size());
        assertThat(row(html, "5")).contains("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;");
        assertThat(html).doesNotContain("<b>x</b>");
    }

    @Test
    void theFragmentLoadsItsScriptsFromThisSiteOnly() {
        String html = DiagramFragment.render(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS),
                Locale.JAPANESE);

        assertThat(html).contains("<script src=\"/webjars/cytoscape/dist/cytoscape.min.js\" defer></script>",
                "<script src=\"/js/case-diagram.js\" defer></script>",
                "<link rel=\"stylesheet\" id=\"__________cytoscape_stylesheet\" href=\"/css/case-diagram.css\">");
        // no inline script to run: the only script element with content is data
        assertThat(Pattern.compile("<script(?![^>]*(src=|type=\"application/json\"))").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void theFragmentSpeaksEnglishToo() {
        String html = DiagramFragment.render(DiagramLayout.of(SamplePoints.smallHospital(), DiagramLabels.from(k -> k)),
                Locale.ENGLISH);

        assertThat(html).contains("External connection diagram", "Worst open finding", ">Critical<", "Internet VPN");
    }

    private static String row(String html, String key) {
        int start = html.indexOf("<tr id=\"diagram-row-" + key + "\"");
        assertThat(start).as("row " + key).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
