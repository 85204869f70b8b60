package org.partnershiprecord.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershiprecord.benchmark.Workload.Op;
import org.partnershiprecord.domain.common.RuleViolation;

/** Sends the command form straight to Axon's CommandGateway in this JVM: no HTTP, no JSON, no security filter. */
final class GatewayTarget implements LoadDriver.Target {

    private final CommandGateway gateway;

    GatewayTarget(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String send(Op op) {
        Recorder.signIn();
        try {
            gateway.sendAndWait(op.command());
            return "200";
        } catch (RuleViolation violation) {
            return "409:" + violation.code();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
