package jp.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A case of its own program, assigned to an organization of its own, with its memorandum signed: where the survey's
 * confidential work can begin. Made through the API as the ministry and the contractor do.
 */
@Component
@Lazy
public class SignedCases {

    /** The smallest file the vault takes as a PDF. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
            + "<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    /** The case and who works on it; {@code surveyor} is a staff account with {@link TestContractors#PASSWORD}. */
    public record SignedCase(String programId, long caseId, String hospitalCode, String prefectureCode,
                             String organizationId, String surveyor) {
    }

    private final Api api;
    private final TestPrograms programs;
    private final TestCases cases;
    private final TestContractors contractors;
    private final JdbcClient jdbc;

    SignedCases(Api api, TestPrograms programs, TestCases cases, TestContractors contractors, JdbcClient jdbc) {
        this.api = api;
        this.programs = programs;
        this.cases = cases;
        this.contractors = contractors;
        this.jdbc = jdbc;
    }

    /** @param prefix starts the organization's id, to tell the tests' organizations apart */
    public SignedCase signed(String prefix) {
        String pid = programs.create(20, Map.of("13", 1));
        long id = cases.open(pid);
        Map<String, Object> row = jdbc.sql("SELECT hospital_code, prefecture_code FROM survey_case WHERE id = :id")
                .param("id", id).query().singleRow();
        String org = contractors.organization(prefix, "CONTRACTOR", null);
        String surveyor = contractors.account(org, false);
        Api.Response assigned = api.put(api.token(Role.MHLW_ADMIN, null), "/api/v1/cases/" + id + "/assignment",
                Map.of("organizationId", org));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        String token = api.login(surveyor, TestContractors.PASSWORD);
        LinkedMultiValueMap<String, Object> memo = new LinkedMultiValueMap<>();
        memo.add("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return "覚書.pdf";
            }
        });
        memo.add("kind", "MEMORANDUM");
        Api.Response uploaded = api.send("POST", token, "/api/v1/cases/" + id + "/documents", MediaType.MULTIPART_FORM_DATA, memo);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Api.Response signed = api.put(token, "/api/v1/cases/" + id + "/steps/MEMORANDUM",
                Map.of("doneOn", LocalDate.now(JapaneseDates.TOKYO).toString()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return new SignedCase(pid, id, row.get("hospital_code").toString().trim(), row.get("prefecture_code").toString().trim(),
                org, surveyor);
    }
}
