package com.aeghash.console.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.common.ApiException;
import com.aeghash.product.Product;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.product.ProductManagement;
import com.aeghash.product.ProductStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The product catalogue in SKU order, 50 a page (keyset {@code after}): each product with its price, PV, status and bonus plan, the configured plans, and
 * activation or deactivation on the version shown (a stale page is refused with the conflict). Administrators only,
 * like {@code /api/v1/products}, where products are created and edited.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_PRODUCTS')")
class ProductPageController {

    static final int PAGE_SIZE = 50;
    private static final String PAGE = "/console/products";
    private static final String CATALOGUE = "console/products :: catalogue";
    private static final ConsolePaging.Keyset<Product> LIST = ConsolePaging.Keyset.inOrder("after", Product::sku);
    private final ProductManagement products;
    private final ProductCatalogue catalogue;
    private final BonusPlans plans;

    ProductPageController(ProductManagement products, ProductCatalogue catalogue, BonusPlans plans) {
        this.products = products;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    @GetMapping("/console/products")
    String products(@RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        model.addAttribute("plans", plans.names());
        addProducts(model, ConsolePaging.addressOf(request), after);
        return "console/products";
    }

    /**
     * Activates or deactivates the product once confirmed and renders the catalogue; the first POST shows the product
     * and the change and changes nothing.
     */
    @PostMapping("/console/products/{sku}/status")
    String changeStatus(
            @PathVariable String sku,
            @RequestParam long version,
            @RequestParam ProductStatus status,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            ConsoleProblem.attempt(
                            model,
                            response,
                            () -> catalogue.findBySku(sku).orElseThrow(() -> ApiException.notFound("product " + sku)))
                    .ifPresent(product -> ActionConfirmations.productStatus(product, version, status.name())
                            .show(model));
            addProducts(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
            return CATALOGUE;
        }
        ConsoleProblem.attempt(model, response, () -> products.changeStatus(sku, version, status, operator.getName()))
                .ifPresent(changed -> model.addAttribute("done", "Product " + sku + " is " + changed.status()));
        addProducts(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
        return CATALOGUE;
    }

    /** The catalogue in SKU order, a page after {@code after}. */
    private void addProducts(Model model, UriComponentsBuilder address, String after) {
        model.addAttribute("products", ConsolePaging.read(LIST, address, after, PAGE_SIZE, products::after));
    }
}
