/**
 * Product catalogue: SKUs with name, price, PV and the bonus plan their orders pay by, managed by administrators
 * (audited); partner orders name products by SKU ({@link com.aeghash.product.ProductCatalogue}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "audit", "bonus", "idempotency"})
package com.aeghash.product;
