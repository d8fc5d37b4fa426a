package com.aeghash.console.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.common.ApiException;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.product.ProductManagement;
import com.aeghash.product.ProductStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The product catalogue: every product with its price, PV, status and bonus plan, the configured plans, and
 * activation or deactivation on the version shown (a stale page is refused with the conflict). Administrators only,
 * like {@code /api/v1/products}, where products are created and edited.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_PRODUCTS')")
class ProductPageController {

    static final int PRODUCTS_SHOWN = 200;
    private static final String CATALOGUE = "console/products :: catalogue";
    private final ProductManagement products;
    private final ProductCatalogue catalogue;
    private final BonusPlans plans;

    ProductPageController(ProductManagement products, ProductCatalogue catalogue, BonusPlans plans) {
        this.products = products;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    @GetMapping("/console/products")
    String products(Model model) {
        model.addAttribute("plans", plans.names());
        model.addAttribute("products", products.first(PRODUCTS_SHOWN));
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
            model.addAttribute("products", products.first(PRODUCTS_SHOWN));
            return CATALOGUE;
        }
        ConsoleProblem.attempt(model, response, () -> products.changeStatus(sku, version, status, operator.getName()))
                .ifPresent(changed -> model.addAttribute("done", "Product " + sku + " is " + changed.status()));
        model.addAttribute("products", products.first(PRODUCTS_SHOWN));
        return CATALOGUE;
    }
}
