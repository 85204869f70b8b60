package org.partnershiprecord.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells readers that what they read may be incomplete: while any view is being rebuilt, every GET answer of the API
 * carries {@code X-View-Rebuilding: true}. Deliberately coarse (it does not work out which views an answer drew on):
 * simple, and never says "complete" when it is not. Set before the handler runs, so errors carry it too (a 503 from
 * {@code awaitPosition} during a rebuild says why).
 */
class ViewRebuildingHeader implements HandlerInterceptor {

    static final String HEADER = "X-View-Rebuilding";

    private final ViewRebuilds rebuilds;

    ViewRebuildingHeader(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) && rebuilds.anyRunning()) {
            response.setHeader(HEADER, "true");
        }
        return true;
    }
}
