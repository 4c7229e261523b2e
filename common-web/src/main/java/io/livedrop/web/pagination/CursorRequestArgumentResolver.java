package io.livedrop.web.pagination;

import io.livedrop.web.problem.ProblemException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link CursorRequest} parameters from {@code ?limit=&cursor=}. */
class CursorRequestArgumentResolver implements HandlerMethodArgumentResolver {

    static final String LIMIT = "limit";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CursorRequest.class;
    }

    @Override
    public CursorRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String cursor = webRequest.getParameter(Cursor.PARAMETER);
        return new CursorRequest(limit(webRequest.getParameter(LIMIT)),
                cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor));
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return CursorRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= CursorRequest.MAX_LIMIT) {
                return limit;
            }
        }
        catch (NumberFormatException ex) {
            // answered below like an out-of-range number
        }
        throw ProblemException.invalid(LIMIT, "must be a whole number from 1 to " + CursorRequest.MAX_LIMIT);
    }
}
