package com.aeghash.sandbox.internal.mblock;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer of the simulated endpoint: the contract's JSON envelope (always HTTP 200, as MBlock answers
 * its own errors), or a gateway error (HTTP 504, no JSON) when a fault drops the response.
 */
record SimulatorAnswer(int status, ObjectNode body) {

    static SimulatorAnswer success(ObjectNode fields) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("result", true);
        body.setAll(fields);
        return new SimulatorAnswer(200, body);
    }

    static SimulatorAnswer error(String message) {
        return new SimulatorAnswer(
                200, JsonNodeFactory.instance.objectNode().put("result", false).put("message", message));
    }

    static SimulatorAnswer gatewayTimeout() {
        return new SimulatorAnswer(504, null);
    }

    static ObjectNode fields() {
        return JsonNodeFactory.instance.objectNode();
    }
}
