package vn.innohub.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of /api/v1: HTTP Basic or a personal API token (Bearer) on every call. */
@Configuration
public class ApiDocsConfig {

  @Bean
  OpenAPI innohubOpenApi() {
    return new OpenAPI()
        .info(new Info().title("InnoHub API").version("v1")
            .description("JSON API of InnoHub. Errors are RFC 7807 problem+json with the message in Vietnamese and English."
                + " Writes (POST, PUT, PATCH, DELETE) must be sent as application/json (multipart/form-data on the"
                + " upload endpoints, or no body and no Content-Type at all) and without an Origin header or from"
                + " InnoHub's own origin; anything else is refused with 403 (no cross-site requests)."))
        .components(new Components()
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
