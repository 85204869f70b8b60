package org.partnershiprecord.api.views;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.views.RecordedEvents.Scope;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers a view read "as at" a past moment: before the endpoint runs, the events its view is built
 * from are replayed into scratch views up to that moment, and the endpoint's queries read those;
 * after the answer is written they are freed. Endpoints that are not views (commands, the feed,
 * exports, administration) refuse the parameters rather than silently answering the present.
 */
public class AsAtInterceptor implements HandlerInterceptor {

    /** The answer names the moment it was built for, and the position of the last event replayed. */
    public static final String AS_AT_HEADER = "X-As-At";
    public static final String POSITION_HEADER = "X-As-At-Position";

    private static final String REPLAYED = AsAtInterceptor.class.getName() + ".replayed";

    private final AsAtViews views;

    public AsAtInterceptor(AsAtViews views) {
        this.views = views;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<AsAt> asAt = AsAt.of(request);
        if (asAt.isEmpty()) {
            return true;
        }
        AsAtView view = method.getMethodAnnotation(AsAtView.class);
        if (view == null || !"GET".equals(request.getMethod())) {
            throw ApiProblem.badRequest("AS_AT_NOT_SUPPORTED", request.getMethod() + " " + request.getRequestURI()
                    + " cannot be asked as at a past moment: decidedAsAt, knownAt and atPosition apply to the"
                    + " views (partnerships, bodies, agreements, meetings, programmes, posts, business cases, the"
                    + " decision register and the audit trail).");
        }
        AsAtViews.Replayed replayed = views.replay(asAt.get(), scope(view, request), view.views());
        request.setAttribute(REPLAYED, replayed);
        response.setHeader(AS_AT_HEADER, asAt.get().describe());
        response.setHeader(POSITION_HEADER, Long.toString(replayed.lastPosition()));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (request.getAttribute(REPLAYED) instanceof AsAtViews.Replayed replayed) {
            request.removeAttribute(REPLAYED);
            replayed.close();
        }
    }

    private static Scope scope(AsAtView view, HttpServletRequest request) {
        String type = view.aggregateType().isEmpty() ? null : view.aggregateType();
        if (view.idVariable().isEmpty()) {
            return new Scope(type, null);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new Scope(type, variables.get(view.idVariable()));
    }
}
