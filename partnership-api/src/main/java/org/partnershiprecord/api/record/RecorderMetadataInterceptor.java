package org.partnershiprecord.api.record;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts who recorded a command into its metadata: the authenticated principal, its roles, the
 * client, the time and the request id. Whatever a caller put there before is overwritten, so no
 * request can set or forge the recorder.
 */
public class RecorderMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public RecorderMetadataInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                throw new IllegalStateException("Commands are only sent on behalf of an authenticated principal");
            }
            Map<String, Object> recorder = new HashMap<>();
            recorder.put(RecordMetadata.RECORDED_BY, authentication.getName());
            recorder.put(RecordMetadata.RECORDER_ROLES, authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith("ROLE_")).sorted()
                    .collect(Collectors.joining(",")));
            recorder.put(RecordMetadata.RECORDED_AT, clock.instant().toString());
            recorder.put(RecordMetadata.CLIENT_ID, RequestContext.clientId(authentication));
            recorder.put(RecordMetadata.REQUEST_ID, RequestContext.requestId());
            return command.andMetaData(recorder);
        };
    }
}
