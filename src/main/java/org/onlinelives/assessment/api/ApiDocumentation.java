package org.onlinelives.assessment.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (/v3/api-docs) says about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Online Lives API", version = "v1",
		description = "Create young people and assessment versions, and read their flags and procedure prompts "
				+ "(practitioners and agency leads); read agencies' data returns to the partnership (analysts). "
				+ "Authenticate with a personal API token (made at /api-tokens) as 'Authorization: Bearer <token>'. "
				+ "Errors are RFC 9457 problem bodies naming each field at fault by JSON path. "
				+ "Never send images: indecent images of children must never be stored in case records."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class ApiDocumentation {

}
