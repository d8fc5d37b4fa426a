package com.aeghash.product.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusPlans;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.product.Product;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.product.ProductManagement;
import com.aeghash.product.ProductStatus;
import com.aeghash.product.internal.ProductRequests.NewProduct;
import com.aeghash.product.internal.ProductRequests.ProductUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue: lookups for other modules, and the administrators' changes, each audited in its transaction.
 * Creation runs under the caller's {@code Idempotency-Key}; updates carry the version they were made on.
 */
@Service
class ProductAdministration implements ProductCatalogue, ProductManagement {

    static final String CREATE_OPERATION = "products.create";
    static final int PAGE_MAX = 200;
    private final ProductRepository products;
    private final BonusPlans plans;
    private final AuditLog auditLog;
    private final IdempotentRequests idempotency;
    private final IdempotentResponses responses;
    private final CanonicalJson canonicalJson;
    private final JsonMapper json;
    private final Clock clock;

    ProductAdministration(
            ProductRepository products,
            BonusPlans plans,
            AuditLog auditLog,
            IdempotentRequests idempotency,
            IdempotentResponses responses,
            CanonicalJson canonicalJson,
            JsonMapper json,
            Clock clock) {
        this.products = products;
        this.plans = plans;
        this.auditLog = auditLog;
        this.idempotency = idempotency;
        this.responses = responses;
        this.canonicalJson = canonicalJson;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Product> findBySku(String sku) {
        return products.find(sku);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Product> findBySkus(Collection<String> skus) {
        return products.findAll(skus);
    }

    /** 201 with the product, 409 {@code duplicate_sku}, 422 {@code unknown_bonus_plan}, or the first answer again. */
    IdempotentResponse create(String actor, String idempotencyKey, NewProduct request, String path) {
        String key = IdempotencyKey.require(idempotencyKey);
        String plan = request.bonusPlan() == null ? BonusPlans.DEFAULT : request.bonusPlan();
        IdempotentRequest idempotent = new IdempotentRequest(
                IdempotentRequest.operator(actor),
                key,
                CREATE_OPERATION,
                canonicalJson.hash(CREATE_OPERATION, json.valueToTree(request)),
                path);
        return idempotency.execute(idempotent, recordId -> {
            requireConfigured(plan);
            Instant now = clock.instant();
            ProductStatus status = request.status() == null ? ProductStatus.ACTIVE : request.status();
            Product product = new Product(
                    request.sku(),
                    request.name().trim(),
                    request.price().toPrice(),
                    request.pvAmount(),
                    status,
                    plan,
                    1,
                    actor,
                    now,
                    actor,
                    now);
            if (!products.insert(product)) {
                throw ApiException.conflict("duplicate_sku", "product " + request.sku() + " exists");
            }
            auditLog.record(actor, "product.created", target(product.sku()), describe(product));
            return responses.json(HttpStatus.CREATED, product);
        });
    }

    @Transactional(readOnly = true)
    Product get(String sku) {
        return products.find(sku).orElseThrow(() -> ApiException.notFound("product " + sku));
    }

    @Transactional(readOnly = true)
    CursorPage<Product> list(ProductStatus status, String cursor, int limit) {
        if (limit < 1 || limit > PAGE_MAX) {
            throw ApiException.validation("limit", "must be 1-" + PAGE_MAX);
        }
        String after = cursor == null ? null : ProductPage.skuOf(cursor);
        List<Product> rows = products.page(status, after, limit + 1);
        return ProductPage.of(rows, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> after(String afterSku, int limit) {
        if (limit < 1 || limit > PAGE_MAX) {
            throw ApiException.validation("limit", "must be 1-" + PAGE_MAX);
        }
        return products.page(null, afterSku, limit);
    }

    @Override
    @Transactional
    public Product changeStatus(String sku, long version, ProductStatus status, String actor) {
        return update(actor, sku, new ProductUpdate(version, null, null, null, status, null));
    }

    /**
     * Applies the changes made on {@code update.version()}: 409 {@code version_conflict} when the product changed
     * since. A change to nothing new answers the product as it is, unaudited, at its version.
     */
    @Transactional
    Product update(String actor, String sku, ProductUpdate update) {
        if (update.changesNothing()) {
            throw ApiException.validation("body", "name at least one of name, price, pvAmount, status, bonusPlan");
        }
        Product current = get(sku);
        if (current.version() != update.version()) {
            throw versionConflict(current);
        }
        if (update.bonusPlan() != null) {
            requireConfigured(update.bonusPlan());
        }
        Product changed = ProductChanges.apply(current, update, actor, clock.instant());
        Map<String, String> differences = ProductChanges.differences(current, changed);
        if (differences.isEmpty()) {
            return current;
        }
        if (!products.update(changed)) {
            throw versionConflict(get(sku));
        }
        differences.put("version", Long.toString(changed.version()));
        auditLog.record(actor, "product.updated", target(sku), differences);
        return changed;
    }

    private void requireConfigured(String plan) {
        if (!plans.exists(plan)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown_bonus_plan",
                    "bonusPlan",
                    "bonus plan '" + plan + "' is not configured; configured: " + String.join(", ", plans.names()),
                    Map.of());
        }
    }

    private static ApiException versionConflict(Product current) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "version_conflict",
                "version",
                "product " + current.sku() + " is at version " + current.version() + "; read it again and retry",
                Map.of("currentVersion", current.version()));
    }

    private static Map<String, String> describe(Product product) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", product.name());
        details.put("price", ProductChanges.price(product));
        details.put("pvAmount", Amounts.format(product.pvAmount()));
        details.put("status", product.status().name());
        details.put("bonusPlan", product.bonusPlan());
        return details;
    }

    static String target(String sku) {
        return "product:" + sku;
    }
}
