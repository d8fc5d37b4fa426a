-- The product lines of a partner order (docs/partner-integration.md, "Product lines"), as they were priced when
-- the order was received: the product's PV, price, version and bonus plan may change later, the order keeps
-- what it was paid by. line_no is the line's index in the request (lines[0] is 0). Orders sent with a bare
-- pvAmount have no lines.
CREATE TABLE partner_order_lines (
    partner_order_id BIGINT          NOT NULL REFERENCES partner_orders (id),
    line_no          INT             NOT NULL,
    sku              VARCHAR(64)     NOT NULL,
    quantity         INT             NOT NULL,
    unit_pv          NUMERIC(38, 18) NOT NULL,
    line_pv          NUMERIC(38, 18) NOT NULL,
    unit_price       NUMERIC(38, 18) NOT NULL,
    price_currency   VARCHAR(3)      NOT NULL,
    product_version  BIGINT          NOT NULL,
    bonus_plan       VARCHAR(32)     NOT NULL,
    CONSTRAINT partner_order_lines_key PRIMARY KEY (partner_order_id, line_no),
    CONSTRAINT partner_order_lines_quantity CHECK (quantity > 0),
    CONSTRAINT partner_order_lines_pv CHECK (line_pv > 0)
);
