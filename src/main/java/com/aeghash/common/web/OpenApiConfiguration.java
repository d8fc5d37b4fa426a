package com.aeghash.common.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI document metadata; operators authenticate with HTTP Basic ("Authorize" in the Swagger UI). Whether the
 * document and the UI exist, and whether they need a sign-in, is {@code aeghash.web.*} (security module).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "AEGHASH platform core API",
                        version = "v1",
                        description =
                                "Ledger, wallets (MBlock), mining (HashDam), withdrawals, organization, bonuses and the "
                                        + "AEGMALL partner API. Errors are RFC 9457 problems with a stable `code`; amounts are "
                                        + "plain decimals `^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$` (sent as strings or numbers, "
                                        + "answered as strings); text fields take strings only, enums exactly their "
                                        + "names, dates `yyyy-MM-dd` (docs/modules/common.md, Input)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {}
