package io.livedrop.web.openapi;

import java.math.BigDecimal;
import java.util.Arrays;

import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The parts of every service's OpenAPI document that are the same everywhere: title, the bearer-JWT
 * scheme required by default, and the {@code limit}/{@code cursor} query parameters behind a
 * {@link CursorRequest}. {@link CursorRequest} and {@link CurrentUser} are resolved by our own
 * argument resolvers, so springdoc must not describe them as request parameters.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenAPI.class)
class OpenApiAutoConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CursorRequest.class, CurrentUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI liveDropOpenApi(@Value("${spring.application.name:livedrop}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title(applicationName).version("v1"))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Access token from user-svc's POST /api/v1/auth/login")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    @Bean
    OperationCustomizer cursorRequestParameters() {
        return (operation, handlerMethod) -> {
            boolean paginated = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == CursorRequest.class);
            if (paginated) {
                operation.addParametersItem(new QueryParameter().name("limit")
                        .description("Page size, 1 to " + CursorRequest.MAX_LIMIT)
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(CursorRequest.MAX_LIMIT))
                                ._default(CursorRequest.DEFAULT_LIMIT)));
                operation.addParametersItem(new QueryParameter().name("cursor")
                        .description("The nextCursor of the previous page; absent for the first page")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
