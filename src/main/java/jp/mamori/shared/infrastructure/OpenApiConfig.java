package jp.mamori.shared.infrastructure;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published contract's cover: what the API is, and which build serves it. */
@Configuration
class OpenApiConfig {

    static final String TITLE = "Mamori API（守り）";

    @Bean
    OpenAPI mamoriOpenApi(@Value("${mamori.version:unknown}") String version) {
        return new OpenAPI().info(new Info()
                .title(TITLE)
                .version(version)
                .description("""
                        厚生労働省「医療機関におけるサイバーセキュリティ確保事業」の運営システム Mamori の REST API（/api/v1）。\
                        病院台帳の取り込み、事業と都道府県の対象数、都道府県の推薦リスト（Excel様式）、選定・辞退・補充・直接指定、\
                        進捗と通知を扱います。認証は POST /api/v1/auth/token で得たトークンを Authorization: Bearer で送ります。\
                        エラーはすべて application/problem+json（RFC 9457）で、日本語の detail と code、入力の誤りには \
                        errors: [{row, column, code, message}] を返します。
                        The REST API of Mamori, which runs Japan's hospital cybersecurity support program: registry import, \
                        programs and quotas, prefecture nominations (Excel form), selection, withdrawals, designations, \
                        progress and notifications. Errors are application/problem+json with a Japanese detail and a code."""));
    }
}
