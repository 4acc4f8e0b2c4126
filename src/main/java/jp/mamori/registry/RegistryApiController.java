package jp.mamori.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry")
class RegistryApiController {

    static final int MAX_CSV_BYTES = 20 * 1024 * 1024;

    private final RegistryService service;
    private final Registry registry;

    RegistryApiController(RegistryService service, Registry registry) {
        this.service = service;
        this.registry = registry;
    }

    record ImportResponse(int created, int updated, int unchanged, List<Problem> warnings) {
    }

    record HospitalView(String hospitalCode, String name, String prefectureCode, String address, Integer beds,
                        boolean disasterBase, boolean acuteCare, boolean emergency, boolean checkDigitMatches) {
        static HospitalView of(Hospital h) {
            return new HospitalView(h.code().value(), h.name(), h.prefecture().value(), h.address(), h.beds(),
                    h.disasterBase(), h.acuteCare(), h.emergency(), h.checkDigitMatches());
        }
    }

    record SearchResponse(long total, int page, int size, List<HospitalView> hospitals) {
    }

    record PrefectureView(String code, String nameJa, String nameEn, String regionJa, String regionEn) {
    }

    @PostMapping(path = "/hospitals/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Import hospitals from CSV (MHLW_ADMIN); all or nothing; upsert by code")
    ImportResponse importCsv(HttpServletRequest request) throws IOException {
        Charset charset = charset(request.getContentType());
        byte[] body = readCapped(request.getInputStream());
        RegistryService.ImportResult r = service.importCsv(body, charset);
        return new ImportResponse(r.created(), r.updated(), r.unchanged(), r.warnings());
    }

    @GetMapping("/hospitals/{code}")
    @Operation(summary = "One hospital of the registry")
    HospitalView hospital(@PathVariable String code) {
        HospitalCode c = HospitalCode.tryParse(code).orElseThrow(() -> new ValidationException(
                Problem.field("code", "INVALID_HOSPITAL_CODE", "医療機関コードは10桁の数字で指定してください: " + code)));
        return HospitalView.of(service.hospital(c));
    }

    @GetMapping("/hospitals")
    @Operation(summary = "Search hospitals (name kana-insensitive, code, address; scoped to the caller)")
    SearchResponse search(@RequestParam(required = false) String q,
                          @RequestParam(required = false) String prefectureCode,
                          @RequestParam(required = false) Integer minBeds,
                          @RequestParam(required = false) Integer maxBeds,
                          @RequestParam(required = false) Boolean disasterBase,
                          @RequestParam(required = false) Boolean acuteCare,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        PrefectureCode pref = prefectureCode == null || prefectureCode.isBlank() ? null : PrefectureCode.parse(prefectureCode);
        HospitalPage p = service.search(new HospitalSearch(q, pref, minBeds, maxBeds, disasterBase, acuteCare, page, size));
        return new SearchResponse(p.total(), p.page(), p.size(), p.hospitals().stream().map(HospitalView::of).toList());
    }

    record FlagsRequest(Boolean disasterBase, Boolean acuteCare, Boolean emergency) {
    }

    @PutMapping("/hospitals/{code}/flags")
    @Operation(summary = "Set disaster base / acute care / emergency flags (MHLW_ADMIN)")
    HospitalView flags(@PathVariable String code, @RequestBody FlagsRequest r) {
        HospitalCode c = HospitalCode.tryParse(code).orElseThrow(() -> new ValidationException(
                Problem.field("code", "INVALID_HOSPITAL_CODE", "医療機関コードは10桁の数字で指定してください: " + code)));
        if (r.disasterBase() == null || r.acuteCare() == null || r.emergency() == null) {
            throw new ValidationException(Problem.of("MISSING_VALUE", "disasterBase, acuteCare, emergency の3つすべてを true/false で指定してください。"));
        }
        return HospitalView.of(service.setFlags(c, new HospitalFlags(r.disasterBase(), r.acuteCare(), r.emergency())));
    }

    @GetMapping("/prefectures")
    @Operation(summary = "The 47 prefectures")
    List<PrefectureView> prefectures() {
        return registry.prefectures().stream()
                .map(p -> new PrefectureView(p.code().value(), p.nameJa(), p.nameEn(), p.regionJa(), p.regionEn())).toList();
    }

    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").trim();
                    if (name.equalsIgnoreCase("Shift_JIS") || name.equalsIgnoreCase("SJIS") || name.equalsIgnoreCase("Windows-31J")
                            || name.equalsIgnoreCase("MS932") || name.equalsIgnoreCase("CP932")) {
                        return RegistryService.SHIFT_JIS;
                    }
                    if (name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8")) {
                        return StandardCharsets.UTF_8;
                    }
                    throw new ValidationException(Problem.of("INVALID_ENCODING",
                            "文字コード " + name + " には対応していません。UTF-8 か Shift_JIS を指定してください。"));
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            throw new PayloadTooLargeException("ファイルが大きすぎます。" + (MAX_CSV_BYTES / 1024 / 1024) + "MB以下に分けて取り込んでください。");
        }
        return bytes;
    }
}
