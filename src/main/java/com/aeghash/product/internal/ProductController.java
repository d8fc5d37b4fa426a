package com.aeghash.product.internal;

import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.product.Product;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.product.ProductStatus;
import com.aeghash.product.internal.ProductRequests.NewProduct;
import com.aeghash.product.internal.ProductRequests.ProductUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The product catalogue, for administrators: no delete (a product is deactivated, orders keep naming it). */
@RestController
@RequestMapping(
        path = "/api/v1/products",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@PreAuthorize(ProductCatalogue.MANAGERS)
class ProductController {

    private final ProductAdministration products;

    ProductController(ProductAdministration products) {
        this.products = products;
    }

    /** 201 with the product; a retry under the same key answers the same again. */
    @Operation(
            summary = "Create a product",
            description =
                    "Adds a product to the catalogue at version 1 with its price, PV and bonus plan, audited. A retry under the same `Idempotency-Key` answers the first response again.")
    @ProblemCode(status = 409, code = "duplicate_sku")
    @ProblemCode(status = 422, code = "unknown_bonus_plan")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Product.class)))
    ResponseEntity<byte[]> create(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody NewProduct body,
            Principal caller,
            HttpServletRequest http) {
        return products.create(caller.getName(), idempotencyKey, body, http.getRequestURI())
                .toResponseEntity();
    }

    @Operation(
            summary = "List products",
            description =
                    "The catalogue in SKU order, optionally of one `status`, a page at a time (`limit` 1-200, default 50).")
    @GetMapping
    CursorPage<Product> list(
            @RequestParam(required = false) ProductStatus status,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return products.list(status, cursor, limit);
    }

    @Operation(summary = "Get a product", description = "One product by its SKU, with its current `version`.")
    @GetMapping("/{sku}")
    Product get(@PathVariable String sku) {
        return products.get(sku);
    }

    /** Changes name, price, PV, status or bonus plan; 409 {@code version_conflict} when {@code version} is stale. */
    @Operation(
            summary = "Change a product",
            description =
                    "Changes name, price, PV, status or bonus plan of the product at the `version` it was read at; the version goes up by one and the change is audited. A change to nothing new answers the product as it is. Deactivating keeps it for the orders that name it.")
    @ProblemCode(status = 409, code = "version_conflict")
    @ProblemCode(status = 422, code = "unknown_bonus_plan")
    @PatchMapping(path = "/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Product update(@PathVariable String sku, @Valid @RequestBody ProductUpdate body, Principal caller) {
        return products.update(caller.getName(), sku, body);
    }
}
