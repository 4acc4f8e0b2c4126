package jp.mamori.inventory;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.inventory.diagram.DiagramLayout;
import jp.mamori.inventory.diagram.PngDiagram;
import jp.mamori.inventory.diagram.SvgDiagram;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Connection inventory: the configuration diagram as SVG (its words as text) and PNG. */
@RestController
@Tag(name = "Connection inventory")
class DiagramApiController {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final CaseDiagrams diagrams;

    DiagramApiController(CaseDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/api/v1/cases/{id}/diagram.svg")
    @Operation(summary = "The configuration diagram as SVG, text as UTF-8 text (the inventory's readers; audited)")
    ResponseEntity<byte[]> svg(@PathVariable long id) {
        return svg(diagrams.read(id));
    }

    @GetMapping("/api/v1/cases/{id}/diagram.png")
    @Operation(summary = "The configuration diagram as PNG (the inventory's readers; audited)")
    ResponseEntity<byte[]> png(@PathVariable long id) {
        return png(diagrams.read(id));
    }

    // confidential: never kept by a browser or a proxy
    static ResponseEntity<byte[]> svg(DiagramLayout layout) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(SvgDiagram.svg(layout).getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> png(DiagramLayout layout) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(PngDiagram.png(layout));
    }
}
