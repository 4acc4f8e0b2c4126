package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.TestCases;
import jp.mamori.support.TestPrograms;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A case assigned to a subcontractor, with every party of "Who sees what": the hospital, another hospital, the
 * case's subcontractor, another subcontractor of the same contractor, the contractor, its prefecture, the ministry.
 */
@Component
@org.springframework.context.annotation.Lazy
public class SurveyFixture {

    public static final String PASSWORD = "Survey-Docs-Test-Pass-9";

    private final Api api;
    private final TestPrograms programs;
    private final TestCases testCases;
    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyFixture(Api api, TestPrograms programs, TestCases testCases, JdbcClient jdbc, Clock clock) {
        this.api = api;
        this.programs = programs;
        this.testCases = testCases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Parties(String pid, long caseId, long otherCaseId, String hospital, String otherHospital, String subA,
                   String subAStaff, String subB, String prime, String prefecture, String otherPrefecture, String admin,
                   String auditor, String prefectureCode) {
    }

    public Parties create() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String pid = programs.create(20, Map.of("13", 1));
        long caseId = testCases.open(pid);
        long otherCaseId = testCases.open(pid);
        String s = UUID.randomUUID().toString().substring(0, 6);
        String prime = organization(admin, "dp-" + s, "CONTRACTOR", null);
        String subA = organization(admin, "dsa-" + s, "SUBCONTRACTOR", prime);
        String subB = organization(admin, "dsb-" + s, "SUBCONTRACTOR", prime);
        String subAStaff = account(admin, subA);
        Api.Response assigned = api.put(admin, "/api/v1/cases/" + caseId + "/assignment", Map.of("organizationId", subA));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        String hospitalCode = hospitalOf(caseId);
        String pref = jdbc.sql("SELECT prefecture_code FROM survey_case WHERE id = :id").param("id", caseId).query(String.class).single();
        String otherPref = pref.equals("13") ? "14" : "13";
        return new Parties(pid, caseId, otherCaseId, api.token(Role.HOSPITAL, hospitalCode), api.token(Role.HOSPITAL, hospitalOf(otherCaseId)),
                api.login(subAStaff, PASSWORD), subAStaff, api.login(account(admin, subB), PASSWORD), api.login(account(admin, prime), PASSWORD),
                api.token(Role.PREFECTURE, pref), api.token(Role.PREFECTURE, otherPref), admin, api.token(Role.AUDITOR, null), pref);
    }

    /** Uploads the signed memorandum and completes MEMORANDUM today. */
    public void signMemorandum(Parties p) {
        Api.Response up = upload(p.subA(), p.caseId(), "MEMORANDUM", pdf(), "覚書.pdf");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        Api.Response done = api.put(p.subA(), "/api/v1/cases/" + p.caseId() + "/steps/MEMORANDUM", Map.of("doneOn", today().toString()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    Api.Response upload(String token, long caseId, String kind, byte[] content, String fileName) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (kind != null) {
            body.add("kind", kind);
        }
        return api.send("POST", token, "/api/v1/cases/" + caseId + "/documents", MediaType.MULTIPART_FORM_DATA, body);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
    }

    public String hospitalOf(long caseId) {
        return jdbc.sql("SELECT hospital_code FROM survey_case WHERE id = :id").param("id", caseId).query(String.class).single().trim();
    }

    public long audits(String action, String entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND entity_id = :e")
                .param("a", action).param("e", entityId).query(Long.class).single();
    }

    private String organization(String admin, String id, String kind, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "株式会社 " + id);
        body.put("kind", kind);
        body.put("parentId", parent);
        body.put("email", id + "@example.jp");
        Api.Response r = api.post(admin, "/api/v1/organizations", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private String account(String admin, String organizationId) {
        String name = "doc-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post(admin, "/api/v1/users", Map.of("username", name, "password", PASSWORD, "role", "CONTRACTOR",
                "organizationId", organizationId, "manager", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows executable's header: refused whatever its name says. */
    static byte[] executable() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[60] = (byte) 0x80;
        return b;
    }
}
