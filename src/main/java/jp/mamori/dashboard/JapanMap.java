package jp.mamori.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.registry.Prefecture;
import jp.mamori.registry.Registry;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The prefectures as SVG paths, decoded once from the bundled TopoJSON (国土数値情報 行政区域データ,
 * simplified): quantized, delta-encoded arcs, projected equirectangularly with longitude scaled by the
 * cosine of Japan's middle latitude so shapes look right.
 */
@Component
class JapanMap {

    static final String RESOURCE = "seed/map/japan_prefectures_s0001.topojson.json";
    private static final double WIDTH = 800;

    private final Map<String, String> paths = new LinkedHashMap<>();
    private double height;

    JapanMap(Registry registry, ObjectMapper json) throws IOException {
        JsonNode topo;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            topo = json.readTree(in);
        }
        List<double[][]> arcs = decodeArcs(topo);
        Map<String, String> codeByName = new HashMap<>();
        for (Prefecture p : registry.prefectures()) {
            codeByName.put(p.nameJa(), p.code().value());
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[][] arc : arcs) {
            for (double[] p : arc) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
        }
        double k = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scale = WIDTH / ((box[2] - box[0]) * k);
        this.height = (box[3] - box[1]) * scale;
        for (JsonNode g : topo.path("objects").path("prefectures").path("geometries")) {
            String code = codeByName.get(g.path("properties").path("N03_001").asText());
            if (code == null) {
                continue;
            }
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) {
                polygons.add(g.path("arcs"));
            } else {
                g.path("arcs").forEach(polygons::add);
            }
            StringBuilder d = new StringBuilder();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    for (JsonNode index : ring) {
                        int i = index.asInt();
                        double[][] arc = arcs.get(i < 0 ? ~i : i);
                        List<double[]> part = new ArrayList<>(List.of(arc));
                        if (i < 0) {
                            java.util.Collections.reverse(part);
                        }
                        points.addAll(points.isEmpty() ? part : part.subList(1, part.size()));
                    }
                    for (int j = 0; j < points.size(); j++) {
                        double x = (points.get(j)[0] - box[0]) * k * scale;
                        double y = (box[3] - points.get(j)[1]) * scale;
                        d.append(j == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                    }
                    d.append('Z');
                }
            }
            paths.put(code, d.toString());
        }
    }

    private static List<double[][]> decodeArcs(JsonNode topo) {
        double sx = topo.path("transform").path("scale").get(0).asDouble();
        double sy = topo.path("transform").path("scale").get(1).asDouble();
        double tx = topo.path("transform").path("translate").get(0).asDouble();
        double ty = topo.path("transform").path("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[]{x * sx + tx, y * sy + ty};
            }
            arcs.add(points);
        }
        return arcs;
    }

    Map<String, String> paths() {
        return paths;
    }

    String viewBox() {
        return String.format(Locale.ROOT, "0 0 %.0f %.0f", WIDTH, height);
    }
}
