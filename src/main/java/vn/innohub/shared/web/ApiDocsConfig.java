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
            .description("JSON API of InnoHub. Errors are RFC 7807 problem+json with the message in Vietnamese and English."))
        .components(new Components()
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
