package com.aeghash.common.web;

import com.aeghash.common.Addresses;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies {@link Addresses}' rule to every JSON answer of the HTTP API ({@code /api/**}): an operator who does not
 * satisfy {@link Addresses#FULL_ADDRESS_READERS} gets every address masked, the values of address fields
 * ({@link #ADDRESS_FIELDS}, whatever the chain) whole, and EVM addresses quoted anywhere else (reasons, notes, audit
 * details, problems). The answer is masked on its way out, as a tree: the objects, stored idempotent responses and
 * events behind it keep the addresses whole. Callers who are not operators (partners, vendors calling back, the
 * anonymous) get no member addresses from the open endpoints they may call, and are left alone.
 */
@ControllerAdvice
class MaskedAddressResponses implements ResponseBodyAdvice<Object> {

    /** JSON fields that hold one address each (withdrawal destinations, wallet addresses, transfer ends). */
    static final Set<String> ADDRESS_FIELDS = Set.of("address", "destination", "fromAddress", "to", "toAddress");
    /** A token's contract address is public chain data, not a member's: never masked. */
    static final Set<String> PUBLIC_FIELDS = Set.of("contract");

    private final JsonMapper json;

    MaskedAddressResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof String || !isJson(contentType) || !isApi(request)) {
            return body;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!isOperator(caller) || AccessRules.allows(Addresses.FULL_ADDRESS_READERS, caller)) {
            return body;
        }
        if (body instanceof byte[] bytes) {
            JsonNode tree = json.readTree(bytes);
            return mask(tree) ? json.writeValueAsBytes(tree) : body;
        }
        JsonNode tree = json.valueToTree(body);
        mask(tree);
        return tree;
    }

    /** Signed in with an operator account (the console's session or the Authorization header). */
    private static boolean isOperator(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    private static boolean isJson(MediaType contentType) {
        return contentType != null
                && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                        || contentType.getSubtype().endsWith("+json"));
    }

    private static boolean isApi(ServerHttpRequest request) {
        return request.getURI().getPath().startsWith("/api/");
    }

    /** Masks the tree in place; true when anything changed. */
    static boolean mask(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isString() && !value.asString().isEmpty() && !PUBLIC_FIELDS.contains(name)) {
                    String text = value.asString();
                    String masked = ADDRESS_FIELDS.contains(name) ? Addresses.masked(text) : Addresses.maskedIn(text);
                    if (!masked.equals(text)) {
                        object.put(name, masked);
                        changed = true;
                    }
                } else {
                    changed |= mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                JsonNode element = array.get(index);
                if (element.isString()) {
                    String masked = Addresses.maskedIn(element.asString());
                    if (!masked.equals(element.asString())) {
                        array.set(index, masked);
                        changed = true;
                    }
                } else {
                    changed |= mask(element);
                }
            }
        }
        return changed;
    }
}
