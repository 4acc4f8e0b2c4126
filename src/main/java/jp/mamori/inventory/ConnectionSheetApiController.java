package jp.mamori.inventory;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** api-survey.md, Connection inventory: the 外部接続点台帳 as .xlsx, down and back up. */
@RestController
@Tag(name = "Connection inventory")
class ConnectionSheetApiController {

    private final ConnectionInventory inventory;
    private final ConnectionSheet sheet;

    ConnectionSheetApiController(ConnectionInventory inventory, ConnectionSheet sheet) {
        this.inventory = inventory;
        this.sheet = sheet;
    }

    @GetMapping("/api/v1/cases/{id}/connections.xlsx")
    @Operation(summary = "The inventory as the sheet 外部接続点台帳, one row per point with its ID (audited)")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        ConnectionSheet.Export export = sheet.export(id);
        return Downloads.xlsx(export.file(), export.filename());
    }

    @PostMapping(path = "/api/v1/cases/{id}/connections.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the inventory from the sheet: by ID, new rows added, rows left out deleted; all or nothing (422 by row)")
    Map<String, Object> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        ConnectionSheet.Imported done = sheet.upload(id, file.getBytes());
        return Map.of("added", done.added(), "updated", done.updated(), "deleted", done.deleted(),
                "unchanged", done.unchanged(),
                "connections", inventory.read(id).stream().map(ConnectionInventory::describe).toList());
    }
}
