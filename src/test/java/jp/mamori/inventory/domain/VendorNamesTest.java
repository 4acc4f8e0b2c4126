package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VendorNamesTest {

    @Test
    void legalSuffixesAreNotPartOfTheName() {
        for (String s : List.of("Fortinet", "Fortinet, Inc.", "Fortinet Inc", "FORTINET CORP.", "Fortinet Corporation",
                "Fortinet Co., Ltd.", "Fortinet LLC", "Fortinet GmbH", "fortinet  k.k.")) {
            assertThat(VendorNames.normalize(s)).as(s).isEqualTo("fortinet");
        }
    }

    @Test
    void japaneseLegalFormsGoWhereverTheyAreWritten() {
        for (String s : List.of("富士通株式会社", "株式会社富士通", "富士通(株)", "富士通（株）", "㈱富士通", "富士通 株式会社", "有限会社富士通")) {
            assertThat(VendorNames.normalize(s)).as(s).isEqualTo(VendorNames.normalize("富士通"));
        }
        assertThat(VendorNames.normalize("富士通")).isEqualTo("富士通");
    }

    @Test
    void widthCaseAndPunctuationAreFolded() {
        assertThat(VendorNames.normalize("ＰＡＬＯ　ＡＬＴＯ　ＮＥＴＷＯＲＫＳ")).isEqualTo("palo alto networks");
        assertThat(VendorNames.normalize("D-Link")).isEqualTo(VendorNames.normalize("d link"));
        assertThat(VendorNames.normalize("ﾄﾚﾝﾄﾞﾏｲｸﾛ")).isEqualTo("トレンドマイクロ");
    }

    @Test
    void aNameThatIsOnlyALegalFormIsKept() {
        assertThat(VendorNames.normalize("Co.")).isEqualTo("co");
        assertThat(VendorNames.normalize(null)).isEmpty();
        assertThat(VendorNames.normalize(" , ")).isEmpty();
    }
}
