package com.aeghash.product.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.product.Product;
import com.aeghash.product.ProductStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ProductRepository} over SQL; the same statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcProductRepository implements ProductRepository {

    private static final String COLUMNS = """
            SELECT sku, name, price_amount, price_currency, pv_amount, status, bonus_plan, version, created_by,
                   created_at, updated_by, updated_at FROM products""";
    private final JdbcClient jdbc;

    JdbcProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Product product) {
        return jdbc.sql("""
                        INSERT INTO products (sku, name, price_amount, price_currency, pv_amount, status, bonus_plan,
                            version, created_by, created_at, updated_by, updated_at)
                        VALUES (:sku, :name, :price, :currency, :pv, :status, :plan, 1, :by, :at, :by, :at)
                        ON CONFLICT DO NOTHING""")
                        .param("sku", product.sku())
                        .param("name", product.name())
                        .param("price", product.price().amount())
                        .param("currency", product.price().currency())
                        .param("pv", product.pvAmount())
                        .param("status", product.status().name())
                        .param("plan", product.bonusPlan())
                        .param("by", product.createdBy())
                        .param("at", SqlTimes.utc(product.createdAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Product> find(String sku) {
        return jdbc.sql(COLUMNS + " WHERE sku = :sku")
                .param("sku", sku)
                .query(JdbcProductRepository::product)
                .optional();
    }

    @Override
    public Map<String, Product> findAll(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COLUMNS + " WHERE sku IN (:skus)")
                .param("skus", skus)
                .query(JdbcProductRepository::product)
                .list()
                .stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    @Override
    public boolean update(Product changed) {
        return jdbc.sql("""
                        UPDATE products SET name = :name, price_amount = :price, price_currency = :currency,
                            pv_amount = :pv, status = :status, bonus_plan = :plan, version = :version,
                            updated_by = :by, updated_at = :at
                        WHERE sku = :sku AND version = :previous""")
                        .param("name", changed.name())
                        .param("price", changed.price().amount())
                        .param("currency", changed.price().currency())
                        .param("pv", changed.pvAmount())
                        .param("status", changed.status().name())
                        .param("plan", changed.bonusPlan())
                        .param("version", changed.version())
                        .param("by", changed.updatedBy())
                        .param("at", SqlTimes.utc(changed.updatedAt()))
                        .param("sku", changed.sku())
                        .param("previous", changed.version() - 1)
                        .update()
                == 1;
    }

    @Override
    public List<Product> page(ProductStatus status, String afterSku, int limit) {
        return jdbc.sql(COLUMNS
                        + " WHERE sku > :after AND (:status = '' OR status = :status) ORDER BY sku LIMIT :limit")
                .param("after", afterSku == null ? "" : afterSku)
                .param("status", status == null ? "" : status.name())
                .param("limit", limit)
                .query(JdbcProductRepository::product)
                .list();
    }

    private static Product product(ResultSet row, int index) throws SQLException {
        return new Product(
                row.getString("sku"),
                row.getString("name"),
                new Product.Price(row.getBigDecimal("price_amount"), row.getString("price_currency")),
                row.getBigDecimal("pv_amount"),
                ProductStatus.valueOf(row.getString("status")),
                row.getString("bonus_plan"),
                row.getLong("version"),
                row.getString("created_by"),
                SqlTimes.instant(row, "created_at"),
                row.getString("updated_by"),
                SqlTimes.instant(row, "updated_at"));
    }
}
