package vn.khien.systems.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.systems.ProductOrigin;

/** A security product protecting the system; a foreign one carries its justification. */
@Table(schema = "systems", name = "security_product")
public record SecurityProduct(
        UUID ref, String product, String vendor, String category, ProductOrigin origin, String justification) {}
