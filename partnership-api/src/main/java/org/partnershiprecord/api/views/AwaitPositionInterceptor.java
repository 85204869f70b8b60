package org.partnershiprecord.api.views;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershiprecord.api.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes: a GET with {@code ?awaitPosition=N} (the position a command answered with)
 * waits, at most the configured time, until the views have handled the event at N. A position
 * that was never recorded is refused at once; views still behind after the wait give 503 with
 * Retry-After, never stale data presented as current.
 */
public class AwaitPositionInterceptor implements HandlerInterceptor {

    public static final String PARAMETER = "awaitPosition";

    private final ViewPositions positions;
    private final Duration maxWait;

    public AwaitPositionInterceptor(ViewPositions positions, Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String value = request.getParameter(PARAMETER);
        if (value == null || !"GET".equals(request.getMethod())) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("INVALID_POSITION", "awaitPosition must be a whole number, such as 42.");
        }
        if (position < 0 || position > positions.head()) {
            throw ApiProblem.badRequest("POSITION_NOT_RECORDED",
                    "No event is recorded at position " + position + "; the record's last position is " + positions.head() + ".");
        }
        if (!positions.await(position, maxWait)) {
            response.setHeader("Retry-After", "1");
            throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "VIEWS_BEHIND",
                    "The views have not reached position " + position + " within " + maxWait.toSeconds()
                            + " s (a rebuild may be running); try again shortly.");
        }
        return true;
    }
}
