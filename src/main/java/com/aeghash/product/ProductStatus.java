package com.aeghash.product;

/** Only an {@code ACTIVE} product can be ordered; an {@code INACTIVE} one stays for the orders that named it. */
public enum ProductStatus {
    ACTIVE,
    INACTIVE
}
